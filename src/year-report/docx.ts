import {
  AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType,
} from 'docx';
import { MEASURE_STATUSES } from '../plan/types';
import { DOC_TEXTS as T } from './texts';
import type { GoalSection, MeasureRow, YearReportModel } from './types';

/** A cell's paragraphs; empty ones are left out, an empty cell shows a dash. */
type Cell = string | Array<string | undefined>;

/** Text width of an A4 page with docx's default 2.54 cm margins, in twentieths of a point. */
const PAGE_WIDTH = 9026;

const C = T.columns;

// Table cells are the bulk of a large report (13,000 for 500 measures and 2,000 decisions), so
// they carry no formatting of their own: spacing is the document default, margins and widths
// are the table's, and only the header row is bold and shaded.
function paragraphs(cell: Cell, bold = false): Paragraph[] {
  const lines = (typeof cell === 'string' ? [cell] : cell).filter((l): l is string => !!l && l.trim() !== '');
  return (lines.length ? lines : ['–']).map((text) => (bold ? new Paragraph({ children: [new TextRun({ text, bold })] }) : new Paragraph(text)));
}

/** A full-width table whose header row repeats on every page; rows are not split across pages. */
function table(headers: string[], rows: Cell[][], widths: number[]): Table {
  const header = (h: string) => new TableCell({ children: paragraphs(h, true), shading: { type: ShadingType.CLEAR, fill: 'DCE6F1', color: 'auto' } });
  return new Table({
    width: { size: PAGE_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map(header) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => new TableCell({ children: paragraphs(c) })) })),
    ],
  });
}

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading: level, keepNext: true });
const text = (t: string) => new Paragraph({ text: t, spacing: { after: 160 } });
const responsible = (m: MeasureRow): Cell => [m.responsible, m.owners.length ? T.reportsFor(m.owners) : undefined];
const measureName = (m: MeasureRow) => `${m.id} ${m.title}`;

function summary(model: YearReportModel): Array<Paragraph | Table> {
  const total = model.goals.reduce((n, g) => n + g.measures.length, 0);
  const parts = MEASURE_STATUSES.filter((s) => model.totals[s] > 0).map((s) => `${model.totals[s]} ${s.toLowerCase()}`);
  const approved = model.decisions.filter((d) => d.outcome === 'Godkjent').length;
  const count = (state: string) => model.wheel.filter((w) => w.state === state).length;
  return [
    heading(T.summary, HeadingLevel.HEADING_1),
    text(T.measuresLine(total, parts)),
    text(T.overdueLine(model.overdue.length)),
    text(T.decisionsLine(model.year, approved, model.decisions.length - approved)),
    text(T.wheelLine(count('done'), count('not-done'), count('later'))),
    table(
      [C.goal, ...MEASURE_STATUSES, C.total],
      model.goals.map((g) => [`${g.id} ${g.title}`, ...MEASURE_STATUSES.map((s) => String(g.counts[s])), String(g.measures.length)]),
      [2526, 1100, 1100, 1100, 1100, 1100, 1000],
    ),
  ];
}

/** A heading and its table, or a sentence when there are no rows. */
function section(title: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel], empty: string, headers: string[], rows: Cell[][], widths: number[]): Array<Paragraph | Table> {
  return [heading(title, level), rows.length === 0 ? text(empty) : table(headers, rows, widths)];
}

const goal = (g: GoalSection) =>
  section(`${g.id} ${g.title}`, HeadingLevel.HEADING_2, T.noMeasures, [C.measure, C.status, C.responsible, C.timing, C.comment],
    g.measures.map((m) => [measureName(m), m.status, responsible(m), m.timing, m.comment ?? '']), [2500, 1100, 2000, 1500, 1926]);

const overdue = (model: YearReportModel) =>
  section(T.overdue, HeadingLevel.HEADING_1, T.noOverdue, [C.measure, C.deadline, C.status, C.responsible],
    model.overdue.map((m) => [measureName(m), m.deadline ?? '', m.status, responsible(m)]), [3226, 1300, 1300, 3200]);

const decisions = (model: YearReportModel) =>
  section(T.decisions(model.year), HeadingLevel.HEADING_1, T.noDecisions(model.year), [C.date, C.measure, C.change, C.decision, C.comment],
    model.decisions.map((d) => [
      d.date, d.measure, d.change, `${d.outcome} av ${d.decidedBy}`,
      [d.proposedBy ? T.proposedBy(d.proposedBy, d.proposalComment) : d.proposalComment, d.decisionComment ? T.coordinatorComment(d.decisionComment) : undefined],
    ]), [1200, 2400, 1800, 1600, 2026]);

const wheel = (model: YearReportModel) =>
  section(T.wheel(model.year), HeadingLevel.HEADING_1, T.noWheel(model.year), [C.date, C.activity, C.responsible, C.done],
    model.wheel.map((w) => [w.date, w.title, w.responsible ?? '', [T.state[w.state], w.doneBy]]), [1200, 3300, 2526, 2000]);

/** Renders the model as a Word document: title, summary, a heading and table per goal, then the rest. */
export async function renderYearReport(model: YearReportModel): Promise<Buffer> {
  const title = `${model.municipality} – ${T.title(model.year)}`;
  const planLine = [model.planTitle, model.period].filter(Boolean).join(' ');
  const doc = new Document({
    creator: 'Planassistenten',
    title,
    description: planLine,
    styles: { default: { document: { run: { font: 'Calibri', size: 21, language: { value: 'nb-NO' } }, paragraph: { spacing: { after: 40 } } } } },
    sections: [{
      footers: {
        default: new Footer({
          children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ size: 16, children: [T.footer(model.municipality, model.year), PageNumber.CURRENT] })] })],
        }),
      },
      children: [
        new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
        new Paragraph({ children: [new TextRun({ text: planLine, bold: true, size: 26 })], spacing: { after: 120 } }),
        text(T.madeAt(model.madeAt, model.asOf)),
        ...summary(model),
        heading(T.goalsAndMeasures, HeadingLevel.HEADING_1),
        ...model.goals.flatMap(goal),
        ...overdue(model),
        ...decisions(model),
        ...wheel(model),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}
