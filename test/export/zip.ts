import JSZip from "jszip";

/** One part of an Office Open XML package, as text. */
export async function readPart(bytes: Uint8Array | ArrayBuffer, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file(name);
  if (!part) throw new Error(`no ${name} in package; parts: ${Object.keys(zip.files).join(", ")}`);
  return part.async("string");
}

export async function partNames(bytes: Uint8Array | ArrayBuffer): Promise<string[]> {
  return Object.keys((await JSZip.loadAsync(bytes)).files);
}

export function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The text of each <w:p> of a WordprocessingML part. */
export function wordParagraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    decodeXml([...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("")),
  );
}
