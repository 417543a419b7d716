import type { CLI_EN } from "../en/cli";

export const CLI_ZH_HK: Readonly<Record<keyof typeof CLI_EN, string>> = {
  "cli.usage": `用法：kpi-tracker <指令> [選項]

指令：
{commands}

所有指令適用的選項：
  --lang en|zh-HK  使用的語言（預設：按 KPI_TRACKER_LANG，否則按 LC_ALL 或 LANG；以 zh 開頭者為中文，
                   其他為英文）

執行 \`kpi-tracker <指令> --help\` 可查看該指令的選項。
`,
  "cli.summary.validate": "按截至日期，以登記冊核對進展填報（CSV 或 xlsx）",
  "cli.summary.annex": "根據登記冊及進展填報撰寫進展附件",
  "cli.summary.register": "把績效指標清單（CSV、xlsx 或 Word 附件）轉為登記冊，並讀出目標及限期",
  "cli.summary.workbook": "為登記冊製作追蹤活頁簿（xlsx）",
  "cli.summary.consolidate": "把各部門交回的資料（xlsx 或 CSV）合併為一本追蹤活頁簿",
  "cli.summary.history": "列出在活頁簿最近兩次核對之間狀況有變的績效指標",
  "cli.error.unknownFlag": "不明選項 {flag}；請執行 kpi-tracker --help",
  "cli.error.unknownCommandFlag": "不明選項 {flag}；請參閱 kpi-tracker {command} --help",
  "cli.error.needsValue": "{flag} 須附上數值",
  "cli.error.unknownCommand": "不明指令「{name}」",
  "cli.error.notLoaded": "未能載入 {name} 指令（{reason}）",
  "cli.error.unknownLanguage":
    "--lang「{value}」不是本工具使用的語言；請用 en（English）或 zh-HK（繁體中文）",
  "cli.error.outRequired": "必須提供 --out",
  "cli.error.outXlsx": "--out 須以 .xlsx 結尾，現為「{out}」",
  "cli.error.asAtFormat": "--as-at 須為 YYYY-MM-DD 格式的日期，現為「{value}」",
  "cli.error.format": "--format「{value}」須為 table 或 json",
  "cli.error.tolerance": "--tolerance「{value}」須為 0 至 1 之間的數字，例如 0.1",
  "cli.file.missing": "{path}：沒有這個檔案",
  "cli.file.unreadable": "{path}：未能讀取（{reason}）",
  "cli.file.problem": "檔案 {path}：{problem}",
  "cli.file.notProgress": "{path}：應為 .csv 或 .xlsx 檔案",
  "cli.register.missing": "登記冊 {path}：沒有這個檔案",
  "cli.register.unreadable": "登記冊 {path}：未能讀取（{reason}）",
  "cli.register.tooLarge": "登記冊 {problem}",
  "cli.register.notJson": "登記冊 {path}：不是有效的 JSON（{reason}）",
  "cli.register.invalid": "登記冊 {path} 不是有效的登記冊：{problems}",
  "cli.list.andMore": "{shown}（另有 {count} 項）",
  "cli.out.cannotCheck": "--out {path}：未能查核（{reason}）",
  "cli.out.noFolder": "--out {path}：資料夾 {folder} 不存在",
  "cli.out.notFolder": "--out {path}：{folder} 不是資料夾",
  "cli.out.isFolder": "--out {path} 是資料夾；請提供檔案名稱",
  "cli.out.isInput": "--out {path} 亦是本指令讀取的檔案；請寫入另一檔案（--force 從不取代讀取的檔案）",
  "cli.out.exists": "--out {path} 已存在；請另選名稱，或加上 --force 以取代該檔案",
  "cli.out.cannotWrite": "--out {path}：未能寫入（{reason}）",
  "cli.warning": "kpi-tracker {command}：警告：{path}：{text}",
  "cli.note": "kpi-tracker {command}：注意：{path}：{text}",
  "cli.warning.rowNotUsed": "第 {row} 行未被採用：{reason}",
  "cli.warning.rowNotUsedFirst": "第 {row} 行未被採用：{reason}（首次見於第 {first} 行）",
  "cli.validate.usage": `用法：kpi-tracker validate <progress.csv|progress.xlsx> --as-at YYYY-MM-DD [選項]

以登記冊核對每項進展填報，並列出每個績效指標的狀況及原因。
加上 --write 時，該檔案須為追蹤活頁簿：預期進度、狀況及原因會寫入其績效指標表，
核對結果會加入「KPI history」工作表；活頁簿其他內容不變。

選項：
  --as-at YYYY-MM-DD   進展的截至日期（必須提供）
  --register 檔案      登記冊 JSON（預設：seeds/kpis-2023.json）
  --tolerance 比例     績效指標可落後於預期進度的幅度，以基線至目標距離的比例計算
                       （預設 {tolerance}）
  --format table|json  輸出格式（預設：table）
  --write              把結果寫入追蹤活頁簿（.xlsx）及其記錄
  --lang en|zh-HK      本訊息的語言（預設：按系統環境）
  -h, --help           顯示本說明

結束狀態：核對已執行（不論狀況如何）為 0；輸入無法讀取或選項有誤為 2。
`,
  "cli.validate.noFile": "請提供一個進展檔案（.csv 或 .xlsx）",
  "cli.validate.tooManyFiles": "請只提供一個進展檔案，現有 {count} 個",
  "cli.validate.asAtRequired": "必須提供 --as-at YYYY-MM-DD",
  "cli.validate.asAtNotDate": "--as-at「{value}」不是 YYYY-MM-DD 格式的真實日期",
  "cli.validate.writeNeedsXlsx": "--write 須配合追蹤活頁簿（.xlsx），而不是「{file}」",
  "cli.validate.writeCannotKeep": "{path} 載有 {parts}，--write 無法保留；請改在 Excel 內核對",
  "cli.validate.header.id": "編號",
  "cli.validate.header.status": "狀況",
  "cli.validate.header.expected": "預期進度",
  "cli.validate.header.actual": "實際進度",
  "cli.validate.header.reason": "原因",
  "cli.validate.total": "總數",
  "cli.annex.usage": `用法：kpi-tracker annex [progress.csv|progress.xlsx] --out 檔案 [選項]

撰寫附件表格：績效指標清單（措施 | 績效指標）或進展報告（連最新進展）。

選項：
  --out 檔案           annex.docx（Word，數字以粗體顯示）、annex.xlsx 或 annex.html（必須提供）
  --register 檔案      登記冊 JSON（預設：seeds/kpis-2023.json）
  --as-at YYYY-MM-DD   「最新進展」一欄的截至日期（提供進展檔案時必須提供，除非登記冊
                       已載有文件本身的進展日期）
  --layout 版面        kpi-list 或 progress-report（預設：有進展檔案或登記冊載有文件的進展時
                       為 progress-report，否則為 kpi-list）
  --tolerance 比例     用於核對狀況（預設 {tolerance}）
  --lang en|zh-HK      撰寫所用的語言：附件及本訊息（預設：按系統環境）
  --force              如 --out 已存在則予以取代（從不取代讀取的檔案）
  -h, --help           顯示本說明

結束狀態：附件已寫成為 0；輸入無法讀取或選項有誤為 2。
`,
  "cli.annex.tooManyFiles": "最多只可提供一個進展檔案，現有 {count} 個",
  "cli.annex.outType": "--out 須以 .docx、.xlsx 或 .html 結尾，現為「{out}」",
  "cli.annex.layout": "--layout 須為 kpi-list 或 progress-report，現為「{value}」",
  "cli.annex.asAtRequired": "進展報告必須提供 --as-at（登記冊沒有進展日期）",
  "cli.annex.wroteList": "已寫入 {out}：{layout}，{count} 個績效指標",
  "cli.annex.wroteReport": "已寫入 {out}：{layout}，{count} 個績效指標，截至 {asAt}",
  "cli.workbook.usage": `用法：kpi-tracker workbook --out tracker.xlsx [選項]

製作與增益集相同的追蹤活頁簿，可送交部門填寫，並以
\`kpi-tracker validate\` 讀回。

選項：
  --out 檔案           要寫入的 .xlsx（必須提供）
  --register 檔案      登記冊 JSON（預設：seeds/kpis-2023.json）
  --department 部門    只包括列明此部門的績效指標；可重複使用或以逗號分隔
  --as-at YYYY-MM-DD   填入「截至」儲存格（預設：留空）
  --lang en|zh-HK      本訊息的語言（預設：按系統環境）
  --force              如 --out 已存在則予以取代（從不取代登記冊檔案）
  -h, --help           顯示本說明

結束狀態：活頁簿已寫成為 0；輸入無法讀取或選項有誤為 2。
`,
  "cli.workbook.unknownDepartment": "不明部門「{department}」；應為以下其中之一：{departments}",
  "cli.workbook.unexpected":
    "多餘的參數「{argument}」；workbook 只接受選項（請參閱 kpi-tracker workbook --help）",
  "cli.workbook.wrote": "已寫入 {out}：工作表「{sheet}」",
  "cli.consolidate.usage": `用法：kpi-tracker consolidate <return.csv|return.xlsx>... --out tracker.xlsx [選項]

按績效指標編號，把各部門交回的資料（交回的追蹤活頁簿，或進展格式的 CSV）合併為一本追蹤
活頁簿。交回資料所涵蓋的績效指標，會以其填報取代表內原有的填報（被取代的數值記入
「KPI history」工作表），「來源」一欄註明資料來自哪份交回資料及交回時間。如多份交回資料
對同一績效指標的填報不一致，該績效指標不會寫入任何內容：其「來源」會列出各份資料，核對時
會標示為需要覆核。不屬交回部門或不在登記冊內的績效指標，該行會被拒收；其餘照常合併。

選項：
  --out 檔案           要寫入的合併 .xlsx（必須提供）
  --into 檔案          以此追蹤活頁簿為基礎，保留其填報，交回資料有更新者除外
                       （預設：為整份登記冊製作新活頁簿）
  --register 檔案      登記冊 JSON（預設：seeds/kpis-2023.json）
  --format table|json  摘要格式（預設：table）
  --lang en|zh-HK      本訊息的語言（預設：按系統環境）
  --force              如 --out 已存在則予以取代（從不取代讀取的檔案）
  -h, --help           顯示本說明

交回資料所屬部門，是其活頁簿製作時指定的部門（workbook --department），否則為其檔案名稱中
唯一的部門代號（例如 FSD.csv）；兩者皆無則不核對部門。
結束狀態：活頁簿已寫成為 0；輸入無法讀取或選項有誤為 2。
`,
  "cli.consolidate.noReturns": "請提供最少一份交回資料（.csv 或 .xlsx）",
  "cli.consolidate.intoType": "--into 須為追蹤活頁簿（.xlsx），現為「{into}」",
  "cli.consolidate.nothingWritten": "{problems}；沒有寫入任何內容",
  "cli.consolidate.intoCannotKeep": "--into {into} 載有 {parts}，本指令無法寫回；請改在 Excel 內收集交回資料",
  "cli.consolidate.intoProblem": "--into 檔案 {into}：{problem}",
  "cli.consolidate.noSourceColumn":
    "績效指標表沒有「來源」一欄（由較早版本製作）；請執行「kpi-tracker workbook」製作新活頁簿，或在 Excel 內重新載入登記冊，然後再合併",
  "cli.consolidate.wrote":
    "已寫入 {out}：合併 {merged} 項，不變 {unchanged} 項，不一致 {conflicts} 項，拒收 {refused} 項",
  "cli.consolidate.inConflict": "不一致（沒有寫入；核對時標示為需要覆核）：",
  "cli.consolidate.conflictValue":
    "{source}：實際進度 {actual}，完成日期 {completedOn}，匯報狀況 {reportedStatus}",
  "cli.consolidate.refused": "拒收：",
  "cli.history.usage": `用法：kpi-tracker history tracker.xlsx [--format table|json]

列出在活頁簿最近兩次核對之間（見其「{sheet}」工作表，validate --write 及增益集的「核對」
會把結果加入該表）狀況有變的績效指標，最差的狀況排先，並列出前後狀況及兩個截至日期。

選項：
  --format table|json  輸出格式（預設：table）
  --lang en|zh-HK      本訊息的語言（預設：按系統環境）
  -h, --help           顯示本說明

結束狀態：已讀取記錄（即使少於兩次核對）為 0；輸入無法讀取或選項有誤為 2。
`,
  "cli.history.noFile": "請提供一本追蹤活頁簿（.xlsx）",
  "cli.history.notXlsx": "{path}：應為追蹤活頁簿（.xlsx）",
  "cli.history.noSheet": "{path}：沒有「{sheet}」工作表；請先以 --write 核對（或在 Excel 內核對）",
  "cli.history.tooFew": "記錄內的核對少於兩次：暫未有可比較的內容。",
  "cli.history.changes":
    "由截至 {fromAsAt}（於 {fromValidatedAt} 核對）至截至 {toAsAt}（於 {toValidatedAt} 核對）的狀況變動：",
  "cli.history.none": "沒有",
  "cli.history.new": "（新增）",
  "cli.register.usage": `用法：kpi-tracker register <kpi-list.csv|kpi-list.xlsx|annex.docx> --year YYYY --announced YYYY-MM-DD --out register.json [選項]

把已公布的績效指標清單轉為登記冊：從每個績效指標的字眼讀出其目標及限期，列出所讀內容，
並寫入供 workbook、validate 及 annex 使用的登記冊 JSON。

輸入：
  .csv / .xlsx   欄目為範疇（Area）、措施（Measure）、部門（Department，可省略）及績效指標（KPI）；
                 或在 xlsx 內貼上自 Word 的文件附件版面（「(I) ...」範疇行、「(A) ...」措施、➤ 項目）
  .docx          Word 附件中按文件版面編排的第一個表格（即 kpi-tracker annex 所寫的格式）

選項：
  --year YYYY            績效指標所屬年份（編號為 <年份>-<措施字母>-<序號>）
  --announced 日期       施政報告公布清單的日期；沒有開始日期的限期由此日起計
  --out 檔案             要寫入的登記冊 .json（必須提供）
  --title 文字           附件標題（預設：表格上方的標題，否則為「Key Performance Indicators (YYYY)」）
  --source 文字          清單的公布出處
  --lang en|zh-HK        本訊息的語言（預設：按系統環境）
  --force                如 --out 已存在則予以覆寫
  -h, --help             顯示本說明

字眼無法讀出的績效指標會保留，但不設目標（檔案內標示為「needsReading」），並在最後一行
計算數目；不會作任何猜測。

結束狀態：登記冊已寫成為 0；輸入無法讀取或選項有誤為 2。
`,
  "cli.register.noFile": "請提供一個績效指標清單檔案（.csv、.xlsx 或 .docx）",
  "cli.register.year": "--year 須為年份，例如 2026，現為「{value}」",
  "cli.register.announced": "--announced 須為 YYYY-MM-DD 格式的日期，現為「{value}」",
  "cli.register.outType": "--out 須以 .json 結尾，現為「{out}」",
  "cli.register.exists": "{out} 已存在；如要覆寫，請加上 --force",
  "cli.register.cannotWrite": "未能寫入 {out}（{reason}）",
  "cli.register.needsReading": "須人手閱讀：{reason}",
  "cli.register.writtenOne": "已把 {total} 個績效指標寫入 {out}；1 個須人手閱讀",
  "cli.register.written": "已把 {total} 個績效指標寫入 {out}；{count} 個須人手閱讀",
  "cli.list.notList": "{path}：應為 .csv、.xlsx 或 .docx 檔案",
  "cli.list.badCsv": "{path}：CSV 格式有誤（{reason}）",
  "cli.list.badXlsx": "{path}：無法讀取的 xlsx 活頁簿（{reason}）",
  "cli.list.noRows": "{path}：活頁簿沒有任何資料行",
  "cli.list.badDocx": "{path}：無法讀取的 Word 文件（{reason}）",
  "cli.list.noTable": "{path}：文件沒有表格",
};
