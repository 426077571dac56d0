import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  type ISectionOptions,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  type PageNumberEstimator,
  SectionType,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from "docx";
import type { Block, Orientation, PublicationDocument, QuestionBlock, Section, TableBlock } from "../core/publication";

/**
 * The document model (src/core/publication) as a Word document, with the `docx` library: the only
 * module that knows it. Runs in Node and in the browser (no file system; the bytes are returned).
 * Built-in heading styles, so Word's navigation pane and table of contents know the headings; the
 * contents are written with their entries (and, when given an estimator, their page numbers), so
 * the document is complete before anyone updates a field.
 */

// Sizes in twentieths of a point (twips); A4 is 210 × 297 mm.
const A4_SHORT = 11906;
const A4_LONG = 16838;
const MARGIN = { portrait: { top: 1134, bottom: 1134, left: 1276, right: 1276 }, landscape: { top: 1020, bottom: 1020, left: 851, right: 851 } };
const FOOTER_GAP = 567;

// Font sizes in half points.
const BODY = 20;
const TABLE_BODY = 17;
const TABLE_COMPACT = 16;
const DETAIL = 14;
const NOTE = 18;

const RULE = { style: BorderStyle.SINGLE, size: 4, color: "A6A6A6" } as const;
const GROUP_RULE = { style: BorderStyle.SINGLE, size: 12, color: "404040" } as const;
const HEADER_FILL = "DDEBF7";

function textWidth(orientation: Orientation): number {
  const m = MARGIN[orientation];
  return (orientation === "landscape" ? A4_LONG : A4_SHORT) - m.left - m.right;
}

/** Paragraphs of a text: "\n" starts a new one (as the regions wrote it). */
function lines(text: string): string[] {
  return text.split(/\r?\n/);
}

function cellParagraphs(text: string, size: number, right = false): Paragraph[] {
  return lines(text).map((line) => new Paragraph({ spacing: { after: 40 }, ...(right ? { alignment: AlignmentType.RIGHT } : {}), children: [new TextRun({ text: line, size })] }));
}

function table(block: TableBlock, width: number): Table {
  const total = block.columns.reduce((n, c) => n + c.width, 0);
  const widths = block.columns.map((c) => Math.floor((c.width / total) * width));
  const size = block.compact ? TABLE_COMPACT : TABLE_BODY;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map(
      (c, i) =>
        new TableCell({
          width: { size: widths[i], type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, color: "auto", fill: HEADER_FILL },
          children: [
            new Paragraph({ keepNext: true, children: [new TextRun({ text: c.heading, bold: true, size })] }),
            ...(c.detail ? [new Paragraph({ children: [new TextRun({ text: c.detail, size: DETAIL })] })] : []),
          ],
        })
    ),
  });
  const rows = block.rows.map(
    (row) =>
      new TableRow({
        children: row.cells.map(
          (text, i) =>
            new TableCell({
              width: { size: widths[i], type: WidthType.DXA },
              ...(row.groupStart ? { borders: { top: GROUP_RULE } } : {}),
              children: cellParagraphs(text, size, block.columns[i].numeric),
            })
        ),
      })
  );
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [header, ...rows],
  });
}

function question(block: QuestionBlock): Paragraph[] {
  const out = [new Paragraph({ keepNext: true, spacing: { before: 200, after: 80 }, children: [new TextRun({ text: `${block.number}. ${block.question}`, bold: true })] })];
  // As published: "Ja." on a line of its own before the answer.
  if (block.yesNo) out.push(new Paragraph({ keepNext: true, spacing: { after: 80 }, children: [new TextRun({ text: /[.!?]$/.test(block.yesNo) ? block.yesNo : `${block.yesNo}.`, bold: true })] }));
  if (block.answer) out.push(...lines(block.answer).map((line) => new Paragraph({ spacing: { after: 100 }, children: [new TextRun(line)] })));
  return out;
}

function blockChildren(block: Block, orientation: Orientation): (Paragraph | Table | TableOfContents)[] {
  switch (block.kind) {
    case "heading":
      return [new Paragraph({ heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(block.text)] })];
    case "paragraph":
      return lines(block.text).map(
        (line) =>
          new Paragraph({
            spacing: { after: 120 },
            children: [new TextRun({ text: line, bold: block.style === "strong", italics: block.style === "note", size: block.style === "note" ? NOTE : undefined })],
          })
      );
    case "contents":
      return [
        new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: block.title, bold: true, size: 32 })] }),
        new TableOfContents(block.title, { hyperlink: true, headingStyleRange: "1-2" }),
      ];
    case "table":
      // A paragraph after the table, so a table that ends a section is not glued to what follows.
      return [table(block, textWidth(orientation)), new Paragraph({ children: [] })];
    case "question":
      return question(block);
  }
}

function titlePage(doc: PublicationDocument): Paragraph[] {
  return [
    new Paragraph({ spacing: { before: 3600, after: 360 }, children: [new TextRun({ text: doc.title, bold: true, size: 52 })] }),
    new Paragraph({ spacing: { after: 720 }, children: [new TextRun({ text: doc.subtitle, size: 32 })] }),
    ...doc.titleLines.map((line) => new Paragraph({ spacing: { after: 160 }, children: [new TextRun({ text: line, size: 22 })] })),
  ];
}

function footer(doc: PublicationDocument, orientation: Orientation): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth(orientation) }],
        children: [
          new TextRun({ text: doc.runningTitle, size: 16, color: "595959" }),
          new TextRun({ children: ["\tSida ", PageNumber.CURRENT, " av ", PageNumber.TOTAL_PAGES], size: 16, color: "595959" }),
        ],
      }),
    ],
  });
}

function section(doc: PublicationDocument, s: Section, first: boolean): ISectionOptions {
  const landscape = s.orientation === "landscape";
  return {
    properties: {
      ...(first ? {} : { type: SectionType.NEXT_PAGE }),
      page: {
        // docx turns the portrait size for a landscape page.
        size: { width: A4_SHORT, height: A4_LONG, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { ...MARGIN[s.orientation], footer: FOOTER_GAP, header: FOOTER_GAP },
      },
    },
    // The title page has no footer; every other section its own, for its page width.
    footers: s.titlePage ? { default: new Footer({ children: [new Paragraph({ children: [] })] }) } : { default: footer(doc, s.orientation) },
    children: s.titlePage ? titlePage(doc) : s.blocks.flatMap((b) => blockChildren(b, s.orientation)),
  };
}

export interface DocxOptions {
  /**
   * Works out the pages the contents point to, so the table of contents is written with its page
   * numbers (docx/layout's estimatePageNumbers); without it Word fills them in when the fields are
   * updated, and the entries are there all the same.
   */
  pageNumbers?: PageNumberEstimator;
}

export function publicationDocument(doc: PublicationDocument, options: DocxOptions = {}): Document {
  return new Document({
    title: doc.title,
    subject: doc.subtitle,
    creator: "Regionrapport",
    description: `${doc.subtitle}, ${doc.date}`,
    ...(options.pageNumbers ? { pageNumbers: options.pageNumbers } : {}),
    styles: {
      default: {
        document: { run: { font: "Calibri", size: BODY, language: { value: "sv-SE" } } },
        heading1: { run: { font: "Calibri", size: 32, bold: true, color: "1F3864" }, paragraph: { outlineLevel: 0, spacing: { before: 240, after: 200 } } },
        heading2: { run: { font: "Calibri", size: 26, bold: true, color: "1F3864" }, paragraph: { outlineLevel: 1, spacing: { before: 360, after: 120 } } },
      },
    },
    sections: doc.sections.map((s, i) => section(doc, s, i === 0)),
  });
}

/** The .docx file's bytes (a zip package). */
export async function publicationDocx(doc: PublicationDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(publicationDocument(doc, options)));
}
