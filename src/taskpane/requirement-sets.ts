/**
 * The lowest Excel JavaScript API set KPI Tracker runs on. manifest.xml declares the same
 * `<Set Name="ExcelApi" MinVersion>` (test/manifest.test.ts keeps them equal).
 *
 * Why 1.13: the bundle is ES2020 and cannot run in the Trident (Internet Explorer 11) or EdgeHTML
 * (Edge Legacy) webviews. Microsoft 365 builds from 16.0.11629 up to 16.0.13530.20424 use EdgeHTML
 * whether or not WebView2 is installed, and earlier builds Trident; ExcelApi 1.11 (Version 2002, build
 * 12527) and 1.12 (Version 2008, build 13127) still fall inside that range. ExcelApi 1.13 starts at
 * Version 2102 (build 13801): past it, and from Version 2101 on Microsoft 365 installs WebView2. On
 * volume-licensed Office it needs Office 2021, which also installs WebView2. (Microsoft's pages
 * "Browsers and webview controls used by Office Add-ins" and "Excel JavaScript API requirement sets".)
 */
export const MIN_EXCEL_API = "1.13";
