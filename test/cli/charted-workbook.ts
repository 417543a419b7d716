import { readFile, writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import JSZip from "jszip";

const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

/**
 * The workbook at `xlsx` with `charts` native charts drawn on the sheet named `sheetName`, added as
 * Excel lays them out: sheet -> drawing -> chart parts, each link a relationship.
 */
export async function drawCharts(xlsx: string, sheetName: string, charts: number): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx);
  // exceljs, which wrote the file, names the n-th worksheet's part sheetN.xml.
  const position = workbook.worksheets.findIndex((sheet) => sheet.name === sheetName) + 1;
  const zip = await JSZip.loadAsync(await readFile(xlsx));
  const sheetPart = `xl/worksheets/sheet${position}.xml`;
  const sheetXml = await zip.file(sheetPart)!.async("string");
  if (zip.file(`xl/worksheets/_rels/sheet${position}.xml.rels`))
    throw new Error("pick a sheet without relationships");
  zip.file(
    sheetPart,
    sheetXml.replace("</worksheet>", `<drawing xmlns:r="${RELS}" r:id="rIdDrawing"/></worksheet>`),
  );
  zip.file(
    `xl/worksheets/_rels/sheet${position}.xml.rels`,
    `<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rIdDrawing" Type="${RELS}/drawing" Target="../drawings/drawing${position}.xml"/></Relationships>`,
  );
  const frames: string[] = [];
  const links: string[] = [];
  for (let i = 1; i <= charts; i++) {
    const chart = `${position}0${i}`;
    frames.push(
      `<xdr:twoCellAnchor><xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${i * 10}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
        `<xdr:to><xdr:col>16</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${i * 10 + 8}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 1}" name="Chart ${i}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
        `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rIdChart${i}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
    );
    links.push(`<Relationship Id="rIdChart${i}" Type="${RELS}/chart" Target="../charts/chart${chart}.xml"/>`);
    zip.file(
      `xl/charts/chart${chart}.xml`,
      `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>`,
    );
  }
  zip.file(
    `xl/drawings/drawing${position}.xml`,
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${RELS}">${frames.join("")}</xdr:wsDr>`,
  );
  zip.file(
    `xl/drawings/_rels/drawing${position}.xml.rels`,
    `<Relationships xmlns="${PACKAGE_RELS}">${links.join("")}</Relationships>`,
  );
  await writeFile(xlsx, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}
