/**
 * A native chart: the chart part (DrawingML chart, its series referring to the sheet's cells with
 * a cache of their values) and the drawing part that anchors it to cells. Children are written in
 * the order the schema's sequences fix (CT_ChartSpace, CT_Chart, CT_PlotArea, CT_BarChart,
 * CT_LineChart, CT_BarSer, CT_LineSer, CT_CatAx, CT_ValAx); Excel rejects any other order.
 */
import type { ChartModel, ChartSeriesModel } from "./model";
import { el, NS, plainEl, textEl, XML_DECLARATION } from "./xml";

const CATEGORY_AXIS = 500000001;
const VALUE_AXIS = 500000002;

const val = (name: string, value: string | number): string => el(name, { val: value });

/** "#4472C4" → a:solidFill of that colour. */
function fill(colour: string): string {
  return el("a:solidFill", {}, el("a:srgbClr", { val: colour.replace(/^#/, "").toUpperCase() }));
}

/** A line of the colour: the series' line, an axis, a gridline (width in EMU; 9525 is ¾ pt). */
function line(colour: string, width: number): string {
  return el("a:ln", { w: width, cap: "rnd" }, fill(colour), el("a:round"));
}

const GRIDLINE = "#D9D9D9";
const AXIS_LINE = "#BFBFBF";

/** A column's spPr: filled with the colour, no outline. */
const barShape = (colour: string): string =>
  el("c:spPr", {}, fill(colour), el("a:ln", {}, el("a:noFill")));

/** Each point of a one-series column chart in its own colour (CT_DPt: idx, invertIfNegative, spPr). */
function pointColours(series: ChartSeriesModel): string[] {
  return (series.pointColours ?? []).map((colour, i) =>
    el("c:dPt", {}, val("c:idx", i), val("c:invertIfNegative", 0), barShape(colour))
  );
}

function richText(text: string, size: number, bold: boolean): string {
  return el(
    "c:rich",
    {},
    el("a:bodyPr"),
    el("a:lstStyle"),
    el(
      "a:p",
      {},
      el("a:pPr", {}, el("a:defRPr", { sz: size, b: bold })),
      el(
        "a:r",
        {},
        el("a:rPr", { lang: "en-US", sz: size, b: bold }),
        textEl("a:t", {}, text, "plain")
      )
    )
  );
}

function categories(chart: ChartModel): string {
  const { ref, cache } = chart.categories;
  return el(
    "c:cat",
    {},
    el(
      "c:strRef",
      {},
      textEl("c:f", {}, ref, "plain"),
      el(
        "c:strCache",
        {},
        val("c:ptCount", cache.length),
        ...cache.map((text, i) => el("c:pt", { idx: i }, textEl("c:v", {}, text)))
      )
    )
  );
}

function values(series: ChartSeriesModel): string {
  const points = series.cache.flatMap((value, i) =>
    value === null || !Number.isFinite(value)
      ? []
      : [el("c:pt", { idx: i }, textEl("c:v", {}, String(value)))]
  );
  return el(
    "c:val",
    {},
    el(
      "c:numRef",
      {},
      textEl("c:f", {}, series.ref, "plain"),
      el(
        "c:numCache",
        {},
        textEl("c:formatCode", {}, series.formatCode ?? "General"),
        val("c:ptCount", series.cache.length),
        ...points
      )
    )
  );
}

function seriesXml(chart: ChartModel, series: ChartSeriesModel, index: number): string {
  const name =
    series.name === undefined ? undefined : el("c:tx", {}, textEl("c:v", {}, series.name));
  if (chart.kind === "column") {
    // CT_BarSer: idx, order, tx, spPr, invertIfNegative, pictureOptions, dPt, ..., cat, val.
    return el(
      "c:ser",
      {},
      val("c:idx", index),
      val("c:order", index),
      name,
      series.colour !== undefined && barShape(series.colour),
      val("c:invertIfNegative", 0),
      ...pointColours(series),
      categories(chart),
      values(series)
    );
  }
  // CT_LineSer: idx, order, tx, spPr, marker, ..., cat, val, smooth.
  const colour = series.colour;
  return el(
    "c:ser",
    {},
    val("c:idx", index),
    val("c:order", index),
    name,
    colour !== undefined && el("c:spPr", {}, line(colour, 28575)),
    el(
      "c:marker",
      {},
      val("c:symbol", "circle"),
      val("c:size", 5),
      colour !== undefined && el("c:spPr", {}, fill(colour), line(colour, 9525))
    ),
    categories(chart),
    values(series),
    val("c:smooth", 0)
  );
}

/** Values on the points, nothing else (CT_DLbls: Group_DLbls in its order). */
function dataLabels(): string {
  return el(
    "c:dLbls",
    {},
    val("c:showLegendKey", 0),
    val("c:showVal", 1),
    val("c:showCatName", 0),
    val("c:showSerName", 0),
    val("c:showPercent", 0),
    val("c:showBubbleSize", 0)
  );
}

function plotXml(chart: ChartModel): string {
  const series = chart.series.map((s, i) => seriesXml(chart, s, i));
  const axes = [val("c:axId", CATEGORY_AXIS), val("c:axId", VALUE_AXIS)];
  const labels = chart.showValues ? dataLabels() : undefined;
  if (chart.kind === "column") {
    return el(
      "c:barChart",
      {},
      val("c:barDir", "col"),
      val("c:grouping", "clustered"),
      val("c:varyColors", 0),
      ...series,
      labels,
      val("c:gapWidth", 80),
      ...axes
    );
  }
  return el(
    "c:lineChart",
    {},
    val("c:grouping", "standard"),
    val("c:varyColors", 0),
    ...series,
    labels,
    val("c:marker", 1),
    ...axes
  );
}

function axesXml(chart: ChartModel): string[] {
  const formatCode = chart.series[0]?.formatCode ?? "General";
  return [
    el(
      "c:catAx",
      {},
      val("c:axId", CATEGORY_AXIS),
      el("c:scaling", {}, val("c:orientation", "minMax")),
      val("c:delete", 0),
      val("c:axPos", "b"),
      el("c:numFmt", { formatCode: "General", sourceLinked: 1 }),
      val("c:majorTickMark", "out"),
      val("c:minorTickMark", "none"),
      val("c:tickLblPos", "nextTo"),
      el("c:spPr", {}, line(AXIS_LINE, 9525)),
      val("c:crossAx", VALUE_AXIS),
      val("c:crosses", "autoZero"),
      val("c:auto", 1),
      val("c:lblAlgn", "ctr"),
      val("c:lblOffset", 100),
      val("c:noMultiLvlLbl", 0)
    ),
    el(
      "c:valAx",
      {},
      val("c:axId", VALUE_AXIS),
      el("c:scaling", {}, val("c:orientation", "minMax")),
      val("c:delete", 0),
      val("c:axPos", "l"),
      el("c:majorGridlines", {}, el("c:spPr", {}, line(GRIDLINE, 9525))),
      el("c:numFmt", { formatCode, sourceLinked: 1 }),
      val("c:majorTickMark", "out"),
      val("c:minorTickMark", "none"),
      val("c:tickLblPos", "nextTo"),
      el("c:spPr", {}, el("a:ln", {}, el("a:noFill"))),
      val("c:crossAx", CATEGORY_AXIS),
      val("c:crosses", "autoZero"),
      val("c:crossBetween", "between")
    ),
  ];
}

/** xl/charts/chartN.xml */
export function chartXml(chart: ChartModel): string {
  return (
    XML_DECLARATION +
    el(
      "c:chartSpace",
      { "xmlns:c": NS.chart, "xmlns:a": NS.drawingMain, "xmlns:r": NS.r },
      val("c:roundedCorners", 0),
      el(
        "c:chart",
        {},
        el("c:title", {}, el("c:tx", {}, richText(chart.title, 1400, true)), val("c:overlay", 0)),
        val("c:autoTitleDeleted", 0),
        el("c:plotArea", {}, el("c:layout"), plotXml(chart), ...axesXml(chart)),
        (chart.showLegend ?? chart.series.length > 1) &&
          el("c:legend", {}, val("c:legendPos", "b"), val("c:overlay", 0)),
        val("c:plotVisOnly", 1),
        val("c:dispBlanksAs", "gap")
      )
    )
  );
}

function marker(name: string, col: number, row: number): string {
  return el(
    name,
    {},
    textEl("xdr:col", {}, String(col)),
    textEl("xdr:colOff", {}, "0"),
    textEl("xdr:row", {}, String(row)),
    textEl("xdr:rowOff", {}, "0")
  );
}

/** xl/drawings/drawingN.xml: one anchor per chart; relIds are the drawing's relationships to them. */
export function drawingXml(charts: readonly ChartModel[], relIds: readonly string[]): string {
  const anchors = charts.map((chart, i) =>
    el(
      "xdr:twoCellAnchor",
      {},
      marker("xdr:from", chart.anchor.left, chart.anchor.top),
      marker("xdr:to", chart.anchor.right + 1, chart.anchor.bottom + 1),
      el(
        "xdr:graphicFrame",
        { macro: "" },
        el(
          "xdr:nvGraphicFramePr",
          {},
          plainEl("xdr:cNvPr", { id: i + 2, name: `Chart ${i + 1}`, descr: chart.title }),
          el("xdr:cNvGraphicFramePr")
        ),
        el("xdr:xfrm", {}, el("a:off", { x: 0, y: 0 }), el("a:ext", { cx: 0, cy: 0 })),
        el(
          "a:graphic",
          {},
          el(
            "a:graphicData",
            { uri: NS.chart },
            el("c:chart", { "xmlns:c": NS.chart, "r:id": relIds[i] })
          )
        )
      ),
      el("xdr:clientData")
    )
  );
  return (
    XML_DECLARATION +
    el(
      "xdr:wsDr",
      { "xmlns:xdr": NS.spreadsheetDrawing, "xmlns:a": NS.drawingMain, "xmlns:r": NS.r },
      ...anchors
    )
  );
}
