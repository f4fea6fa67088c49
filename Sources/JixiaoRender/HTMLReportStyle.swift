/// The report's inline style sheet: system fonts only (no web fonts), readable on screen and on paper.
enum HTMLReportStyle {
    static let css = """
    :root { --ink: #1f2933; --muted: #616e7c; --rule: #d9e2ec; --panel: #f5f7fa; --accent: #334e68; }
    * { box-sizing: border-box; }
    body { margin: 0; color: var(--ink); background: #fff;
      font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
      font-size: 14px; line-height: 1.6; }
    header.report { background: var(--accent); color: #fff; padding: 24px 40px; }
    header.report h1 { margin: 0; font-size: 26px; letter-spacing: 1px; }
    header.report p { margin: 4px 0 0; opacity: .85; }
    main { padding: 8px 32px 40px; max-width: 1600px; }
    section.rubric { margin-top: 24px; }
    h2 { font-size: 21px; border-bottom: 3px solid var(--accent); padding-bottom: 6px; margin: 28px 0 12px; }
    h3 { font-size: 17px; margin: 24px 0 8px; color: var(--accent); }
    h4 { font-size: 15px; margin: 12px 0 4px; }
    p.note { color: var(--muted); font-size: 12.5px; margin: 4px 0 8px; }
    .cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 8px 0 4px; }
    .card { background: var(--panel); border: 1px solid var(--rule); border-radius: 6px; padding: 10px 16px; min-width: 130px; }
    .card .label { color: var(--muted); font-size: 12px; }
    .card .value { font-size: 22px; font-weight: 600; }
    .grade-chip { display: inline-block; color: #fff; border-radius: 10px; padding: 0 10px; margin-right: 6px; font-size: 13px; }
    svg { display: block; max-width: 100%; height: auto; font-family: inherit; }
    svg text { fill: var(--ink); font-size: 13px; }
    svg text.axis { fill: var(--muted); font-size: 11px; }
    svg text.value { font-size: 12.5px; font-weight: 600; }
    table { border-collapse: collapse; margin: 6px 0 14px; font-size: 13px; }
    th, td { border: 1px solid var(--rule); padding: 4px 8px; vertical-align: top; }
    th { background: var(--panel); font-weight: 600; text-align: left; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .scroll { overflow-x: auto; max-width: 100%; }
    /* A wide table scrolls inside its own box; its first column (indicator or department) stays in view. */
    table.wide th:first-child, table.wide td:first-child, table.heat thead th:first-child, table.heat tbody th {
      position: sticky; left: 0; z-index: 1; background: #fff; }
    table.wide thead th:first-child, table.heat thead th:first-child { background: var(--panel); }
    .chart { overflow-x: auto; max-width: 100%; }
    table.wide thead th { min-width: 6em; max-width: 8em; white-space: normal; text-align: center; }
    table.wide td:first-child, table.wide th:first-child { min-width: 13em; max-width: 20em; }
    table.heat { font-size: 12px; }
    table.heat th, table.heat td { padding: 3px 2px; }
    table.heat tbody th { min-width: 7em; max-width: 10em; font-weight: 500; }
    table.heat td.cell { text-align: center; min-width: 38px; white-space: nowrap; }
    table.heat th.indicator { font-size: 11px; font-weight: 500; min-width: 38px; max-width: 56px; text-align: center; line-height: 1.35; }
    table.heat td.cell small { display: block; color: #52606d; font-size: 11px; }
    td.unscored { background: #e4e7eb; color: #52606d; }
    td.absent { background: repeating-linear-gradient(45deg, #fff, #fff 4px, #eef0f3 4px, #eef0f3 8px); color: #9aa5b1; }
    .legend { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 12px; font-size: 12px; color: var(--muted); margin: 4px 0 12px; }
    .legend span.swatch { display: inline-block; width: 22px; height: 14px; border: 1px solid var(--rule); vertical-align: middle; margin-right: 4px; }
    .profiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(560px, 100%), 1fr)); gap: 16px; }
    .profile { border: 1px solid var(--rule); border-radius: 6px; padding: 12px 16px; break-inside: avoid; }
    .profile h3 { margin-top: 0; }
    .profile ul { margin: 4px 0; padding-left: 20px; }
    .profile li { margin: 2px 0; }
    .better { color: #2e7d32; } .worse { color: #c62828; }
    p.veto { color: #b71c1c; font-weight: 600; margin: 4px 0; }
    td.vetoed { outline: 2px solid #b71c1c; outline-offset: -2px; }
    td.veto-triggered { background: #b71c1c; color: #fff; font-weight: 600; }
    .legend span.swatch.vetoed { outline: 2px solid #b71c1c; outline-offset: -2px; background: hsl(0, 62%, 78%); }
    footer { color: var(--muted); font-size: 12px; padding: 0 40px 24px; }
    /* A phone: less padding; charts keep a legible size and scroll sideways instead of shrinking their text. */
    @media (max-width: 640px) {
      header.report { padding: 16px; }
      header.report h1 { font-size: 20px; }
      main { padding: 4px 12px 24px; }
      footer { padding: 0 12px 16px; }
      svg.ranking { width: 760px; max-width: none; }
      svg.profile-bars { width: 480px; max-width: none; }
      svg.grades { width: 100%; }
      .profile { padding: 10px; }
      .card { min-width: 0; flex: 1 1 40%; }
    }
    @page { size: A4 landscape; margin: 10mm; }
    @media print {
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      body { font-size: 11pt; }
      header.report { background: none; color: var(--ink); border-bottom: 2px solid var(--ink); padding: 0 0 8px; }
      main { padding: 0; max-width: none; }
      section.rubric { break-before: page; }
      section.rubric:first-of-type { break-before: auto; }
      .profile, figure, table { break-inside: avoid; }
      .profiles { display: block; }
      .scroll, .chart { overflow: visible; }
      .profile { margin-bottom: 12px; }
      /* Every column on the page: wide tables take the page width and wrap inside their cells. */
      table.wide, table.heat { width: 100%; table-layout: fixed; font-size: 7pt; }
      table.wide th, table.wide td, table.heat th, table.heat td {
        min-width: 0 !important; max-width: none !important; white-space: normal !important;
        overflow-wrap: anywhere; padding: 2px; position: static; }
      table.wide th:first-child, table.wide td:first-child { width: 16%; }
      table.heat tbody th { width: 12%; }
      svg { max-width: 100% !important; width: auto !important; }
    }
    """
}
