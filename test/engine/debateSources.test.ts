/**
 * Every figure names where it was published: each preset input and each analysis of the debate
 * points at a source in src/engine/sources.ts, and that table holds each one's address and date,
 * naming a report "as reported by" where only a report was found.
 */
import {
  ANALYSES,
  CAPITAL_DEFAULTS,
  CAPITAL_SOURCES,
  PRESETS,
  PRESET_IDS,
  type Citation,
  type CitationId,
} from "../../src/engine";

const ids = Object.keys(CAPITAL_SOURCES);
const source = (id: CitationId): Citation => CAPITAL_SOURCES[id];

describe("the sources of the May 2026 preset and of the debate", () => {
  it("every preset input names at least one source in the table", () => {
    for (const id of PRESET_IDS) {
      for (const key of ["spend", "energy", "margin"] as const) {
        const named = PRESETS[id].inputSources[key];
        expect({ id, key, named: named.length > 0 }).toEqual({ id, key, named: true });
        for (const citation of named) expect(ids).toContain(citation);
      }
    }
    // The template's other inputs name theirs through the capital model's defaults.
    for (const key of ["cloudMargin", "life", "rate", "spendGrowth", "revenueGrowth"] as const) {
      expect(CAPITAL_DEFAULTS[key].sources.length).toBeGreaterThan(0);
    }
  });

  it("May 2026's spend is Nvidia's quarter, by the June 2024 essay's method", () => {
    expect(PRESETS.may2026.inputSources.spend).toEqual(["nvidiaQ1Fy2027", "update2024"]);
  });

  it("every analysis names a source in the table, with a date and an https address", () => {
    for (const analysis of ANALYSES) {
      expect(analysis.sources.length).toBeGreaterThan(0);
      for (const id of analysis.sources) {
        expect(ids).toContain(id);
        expect(source(id).url).toMatch(/^https:\/\/\S+$/);
        expect(source(id).date).toMatch(/20\d\d/);
        expect(source(id).zh.date).toMatch(/20\d\d 年/);
      }
    }
  });

  it("holds every address and date debate.md gives", () => {
    const addresses = Object.values(CAPITAL_SOURCES).flatMap((c: Citation) => [
      c.url,
      ...(c.alsoAt ?? []),
    ]);
    for (const address of [
      "letsdatascience.com/news/nvidia-reports-record-q1-revenue-data-center-hits-752b-67a4c9c9",
      "novaranews.com/en/news/nvidia-q1-fy27-data-center-revenue-ai-guidance-buyback",
      "wpnews.pro/news/the-state-of-the-ai-economy",
      "wiredtoai.com/news/777",
      "growtify.ai/en/news/state-of-ai-economy",
      "cybernews.com/tech/ai-progress-requires-billions-investment/",
      "investorsobserver.com/news/jpmorgan-says-ai-will-need-astronomical-amount-of-capex/",
      "business-standard.com",
    ]) {
      expect(addresses.some((url) => url.includes(address))).toBe(true);
    }
    expect(source("nvidiaQ1Fy2027").date).toBe("20 May 2026");
    expect(source("nvidiaQ1Fy2027").what).toContain("26 April 2026");
    expect(source("exponentialView2026").date).toBe("25 June 2026");
    expect(source("bain2025").date).toBe("23 September 2025");
    expect(source("jpMorgan2025").date).toBe("November 2025");
    expect(source("bigTechCapex2026").date).toBe("6 February 2026");
  });

  it("names a report as reported where only a report of it was found", () => {
    expect(source("nvidiaQ1Fy2027").who).toMatch(/^Nvidia, as reported by /);
    expect(source("bain2025").who).toMatch(/^Bain & Company, as reported by Cybernews$/);
    expect(source("jpMorgan2025").who).toMatch(
      /as reported by Tom's Hardware and InvestorsObserver/
    );
    expect(source("bigTechCapex2026").who).toMatch(/^Bloomberg, as reported by Business Standard$/);
    expect(source("exponentialView2026").who).toBe("Exponential View");
  });
});
