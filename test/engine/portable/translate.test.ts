/**
 * The translator reads formulas as Excel does: what it rewrites and what it must leave alone.
 * Expected formulas are written out by hand from the native forms (spend*(1+energy)/(1-margin),
 * required-SUM(range), ...), not produced by the code under test.
 */
import { COMPANY_REVENUES } from "../../../src/engine";
import { callsGpuFunction, gpuFunctionId } from "../../../src/engine/gpuCalls";
import {
  MAX_FORMULA_LENGTH,
  translateCells,
  translateFormula,
} from "../../../src/engine/portable/translate";

const native = (formula: string) => {
  const result = translateFormula(formula);
  expect(result.kind).toBe("native");
  return result.formula;
};
const reasonFor = (formula: string) => {
  const result = translateFormula(formula);
  expect(result).toEqual({ kind: "untranslatable", formula, reason: expect.any(String) });
  return result.kind === "untranslatable" ? result.reason : "";
};

describe("the native forms, written out", () => {
  it("REQUIRED_REVENUE(s,e,m) → s*(1+e)/(1-m), guarded", () => {
    expect(native("=GPU.REQUIRED_REVENUE(B6,B7,B8)")).toBe(
      "=IF(OR(ISTEXT(B6),ISLOGICAL(B6),B6<0,ISTEXT(B7),ISLOGICAL(B7),B7<0," +
        "ISTEXT(B8),ISLOGICAL(B8),B8<0,B8>=1),NA(),B6*(1+B7)/(1-B8))"
    );
  });

  it("takes the article's values for omitted arguments: energy 1, margin 0.5, required 200", () => {
    expect(native("=GPU.REQUIRED_REVENUE(150)")).toBe("=150*(1+1)/(1-0.5)");
    expect(native("=GPU.DATACENTER_COST(50,)")).toBe("=50*(1+1)");
    expect(native("=GPU.GAP(Revs)")).toBe("=IF(OR(MIN(Revs)<0),NA(),200-SUM(Revs))");
    expect(native("=GPU.COVERAGE(Revs,,)".replace(",,", ","))).toBe(
      "=IF(OR(MIN(Revs)<0),NA(),SUM(Revs)/200)"
    );
    expect(native("=GPU.BREAKEVEN_SPEND(75,,0.4)")).toBe("=75*(1-0.4)/(1+1)");
  });

  it("turns constants that the engine rejects into errors: a margin typed as 50, a negative spend", () => {
    expect(native("=GPU.REQUIRED_REVENUE(50,1,50)")).toBe("=IF(OR(TRUE),NA(),50*(1+1)/(1-50))");
    expect(native("=GPU.COVERAGE(Revs,0)")).toBe("=IF(OR(TRUE,MIN(Revs)<0),NA(),SUM(Revs)/0)");
    expect(native("=GPU.REQUIRED_REVENUE(-5)")).toMatch(/^=IF\(OR\(ISTEXT\(\(-5\)\),.*\(-5\)<0/);
  });

  it("GAP(r,q) → q-SUM(r); ARTICLE_TABLE() → the table as an array constant", () => {
    expect(native("=GPU.GAP(B21:B31,B12)")).toBe(
      "=IF(OR(ISTEXT(B12),ISLOGICAL(B12),B12<0,MIN(B21:B31)<0),NA(),B12-SUM(B21:B31))"
    );
    const table = native("=GPU.ARTICLE_TABLE()");
    expect(
      table.startsWith('={"Company","AI revenue ($B)","Basis in the article";"OpenAI",1,')
    ).toBe(true);
    for (const row of COMPANY_REVENUES) {
      expect(table).toContain(`;"${row.company}",${row.revenue},`);
    }
    expect(table.endsWith('"}')).toBe(true);
  });
});

describe("constants at the edge of what each parameter takes: decided when translating", () => {
  it("a margin of 0 is kept, of 1 is an error; a cloud margin other than 0 divides once more", () => {
    expect(native("=GPU.REQUIRED_REVENUE(50,0,0)")).toBe("=50*(1+0)/(1-0)");
    expect(native("=GPU.REQUIRED_REVENUE(50,1,1)")).toBe("=IF(OR(TRUE),NA(),50*(1+1)/(1-1))");
    expect(native("=GPU.REQUIRED_REVENUE(50,1,0.5,0.2)")).toBe("=50*(1+1)/(1-0.5)/(1-0.2)");
    expect(native("=GPU.BREAKEVEN_SPEND(75,0,0)")).toBe("=75*(1-0)/(1+0)");
  });

  it("a life must be above 0; at rate 0 the charge is capex/life, else Excel's -PMT as a loan", () => {
    expect(native("=GPU.ANNUAL_CHARGE(100,5)")).toBe("=100/5");
    expect(native("=GPU.ANNUAL_CHARGE(0,5,0)")).toBe("=0/5");
    expect(native("=GPU.ANNUAL_CHARGE(100,0)")).toBe("=IF(OR(TRUE),NA(),100/0)");
    expect(native("=GPU.ANNUAL_CHARGE(100,5,0.08)")).toBe(
      "=IF(0.08=0,100/5,100*0.08/(1-(1+0.08)^(-5)))"
    );
    expect(native("=GPU.ANNUAL_REQUIRED_REVENUE(50,5)")).toBe("=50*(1+1)/5/(1-0.5)");
  });

  it("a utilization above 0 up to 100%; 8,760 hours a year", () => {
    expect(native("=GPU.BREAKEVEN_GPU_HOUR(30000,5)")).toBe("=(30000/5+0)/(8760*1)");
    expect(native("=GPU.BREAKEVEN_GPU_HOUR(30000,5,0.5)")).toBe("=(30000/5+0)/(8760*0.5)");
    expect(native("=GPU.BREAKEVEN_GPU_HOUR(30000,5,0)")).toBe(
      "=IF(OR(TRUE),NA(),(30000/5+0)/(8760*0))"
    );
    expect(native("=GPU.BREAKEVEN_GPU_HOUR(30000,5,1.5)")).toBe(
      "=IF(OR(TRUE),NA(),(30000/5+0)/(8760*1.5))"
    );
  });

  it("a flat payback is capex/profit, #N/A beyond 100 years", () => {
    expect(native("=GPU.PAYBACK_YEARS(100,20)")).toBe("=IF(100=0,0,IF(100>100*20,NA(),100/20))");
    expect(native("=GPU.COVERAGE(Revs,0.5)")).toBe("=IF(OR(MIN(Revs)<0),NA(),SUM(Revs)/0.5)");
    expect(native("=GPU.GAP(Revs,0)")).toBe("=IF(OR(MIN(Revs)<0),NA(),0-SUM(Revs))");
  });
});

describe("reading formulas as Excel does", () => {
  it("keeps sheet-qualified, absolute references and defined names as written", () => {
    expect(native("='My Sheet'!$B$6+GPU.DATACENTER_COST(Inputs!$B$6,'Q3 data'!B7)")).toBe(
      "='My Sheet'!$B$6+IF(OR(ISTEXT(Inputs!$B$6),ISLOGICAL(Inputs!$B$6),Inputs!$B$6<0," +
        "ISTEXT('Q3 data'!B7),ISLOGICAL('Q3 data'!B7),'Q3 data'!B7<0),NA()," +
        "Inputs!$B$6*(1+'Q3 data'!B7))"
    );
    expect(native("=GPU.GAP('GPU Payback'!Revenues,Required)")).toBe(
      "=IF(OR(ISTEXT(Required),ISLOGICAL(Required),Required<0," +
        "MIN('GPU Payback'!Revenues)<0),NA(),Required-SUM('GPU Payback'!Revenues))"
    );
  });

  it("takes an array where a range goes: GAP over the article's table (the GPU.* call inside)", () => {
    const formula = native("=GPU.GAP(GPU.ARTICLE_TABLE(),200)");
    expect(formula).toMatch(/^=IF\(OR\(MIN\(\{"Company",.*\}\)<0\),NA\(\),200-SUM\(\{"Company",/);
  });

  it("takes an array constant as one argument, commas and all, and trims spaces around arguments", () => {
    expect(native("=GPU.GAP({1,2,3},200)")).toBe("=IF(OR(MIN({1,2,3})<0),NA(),200-SUM({1,2,3}))");
    expect(native("=GPU.REQUIRED_REVENUE( 150 , 1 , 0.5 )")).toBe("=150*(1+1)/(1-0.5)");
    expect(native("=GPU.REQUIRED_REVENUE(150,\n1)")).toBe("=150*(1+1)/(1-0.5)");
  });

  it("leaves an unreadable formula without GPU. unchanged: nothing of ours to report", () => {
    expect(translateFormula('="unterminated')).toEqual({
      kind: "unchanged",
      formula: '="unterminated',
    });
    expect(callsGpuFunction('="GPU.GAP(')).toBe(true); // unreadable but mentions GPU.: reported
  });

  it("takes spilled ranges (A1#) and structured references as ranges", () => {
    expect(native("=GPU.GAP(A1#,200)")).toBe("=IF(OR(MIN(A1#)<0),NA(),200-SUM(A1#))");
    expect(native("=GPU.COVERAGE(Table1[AI revenue],B12)")).toContain(
      "SUM(Table1[AI revenue])/B12"
    );
  });

  it("leaves strings that contain GPU. alone, inside and outside calls", () => {
    expect(translateFormula('="=GPU.GAP(A1)"')).toEqual({
      kind: "unchanged",
      formula: '="=GPU.GAP(A1)"',
    });
    expect(native('=GPU.REQUIRED_REVENUE(50)&" GPU.GAP("')).toBe('=(50*(1+1)/(1-0.5))&" GPU.GAP("');
  });

  it("leaves a sheet or a name called GPU.…, and another add-in's GPU_GAP, alone", () => {
    for (const formula of ["='GPU.REVENUE'!A1*2", "=GPU.REVENUE+1", "=GPU_GAP(1)"]) {
      expect(translateFormula(formula)).toEqual({ kind: "unchanged", formula });
    }
    expect(native("=2*'GPU.REVENUE'!A1+GPU.REQUIRED_REVENUE (150)")).toBe(
      "=2*'GPU.REVENUE'!A1+(150*(1+1)/(1-0.5))"
    );
  });

  it("translates nested calls from the inside out and brackets expressions", () => {
    expect(native("=GPU.GAP(Revs,GPU.REQUIRED_REVENUE(150))")).toBe(
      "=IF(OR(ISTEXT((150*(1+1)/(1-0.5))),ISLOGICAL((150*(1+1)/(1-0.5)))," +
        "(150*(1+1)/(1-0.5))<0,MIN(Revs)<0),NA(),(150*(1+1)/(1-0.5))-SUM(Revs))"
    );
    expect(native("=GPU.DATACENTER_COST(B6+1, 1)")).toBe(
      "=IF(OR(ISTEXT((B6+1)),ISLOGICAL((B6+1)),(B6+1)<0),NA(),(B6+1)*(1+1))"
    );
    expect(native("=SUM(1,GPU.DATACENTER_COST(MAX(B6,B7)),2)")).toBe(
      "=SUM(1,IF(OR(ISTEXT(MAX(B6,B7)),ISLOGICAL(MAX(B6,B7)),MAX(B6,B7)<0),NA(),MAX(B6,B7)*(1+1)),2)"
    );
    // A form without guards is an expression: it keeps its place between operators.
    expect(native("=2/GPU.REQUIRED_REVENUE(150)^2")).toBe("=2/(150*(1+1)/(1-0.5))^2");
    expect(native("=GPU.REQUIRED_REVENUE(150)")).toBe("=150*(1+1)/(1-0.5)");
  });

  it("knows the names Excel writes when the add-in is missing, in any case", () => {
    expect(gpuFunctionId("_xldudf_GPU_GAP")).toBe("GAP");
    expect(gpuFunctionId("gpu.required_revenue")).toBe("REQUIRED_REVENUE");
    expect(gpuFunctionId("SUM")).toBeUndefined();
    expect(native("=_xldudf_GPU_DATACENTER_COST(50)")).toBe("=50*(1+1)");
    expect(callsGpuFunction('="GPU.GAP"&A1')).toBe(false);
    expect(callsGpuFunction("=gpu.gap(A1)")).toBe(true);
    expect(callsGpuFunction("GPU.GAP(A1)")).toBe(false); // a value, not a formula
  });
});

describe("what people type, read as Excel reads it", () => {
  it("a space where an argument goes leaves it out, as an empty one does", () => {
    expect(native("=GPU.DATACENTER_COST(50, )")).toBe("=50*(1+1)");
    expect(reasonFor("=GPU.REQUIRED_REVENUE( )")).toMatch(/needs its spend/);
  });

  it("brackets an argument that starts with a call or a bracket but does not end with it", () => {
    // margin MAX(B6,B7)-0.1: 1-MAX(B6,B7)-0.1 would subtract 0.1 from the denominator
    const margin = "(MAX(B6,B7)-0.1)";
    expect(native("=GPU.REQUIRED_REVENUE(50,1,MAX(B6,B7)-0.1)")).toBe(
      `=IF(OR(ISTEXT(${margin}),ISLOGICAL(${margin}),${margin}<0,${margin}>=1),NA(),` +
        `50*(1+1)/(1-${margin}))`
    );
    // a spill followed by more is an expression too, not a reference
    expect(native("=GPU.REQUIRED_REVENUE(50,1,B8#+0.1)")).toMatch(/\/\(1-\(B8#\+0\.1\)\)\)$/);
    expect(native("=GPU.REQUIRED_REVENUE(50,1,(B8)-0.1)")).toMatch(/\/\(1-\(\(B8\)-0\.1\)\)\)$/);
  });

  it("brackets a percentage like any expression: B6% is B6 and an operator", () => {
    expect(native("=GPU.DATACENTER_COST(B6%)")).toBe(
      "=IF(OR(ISTEXT((B6%)),ISLOGICAL((B6%)),(B6%)<0),NA(),(B6%)*(1+1))"
    );
  });

  it("leaves a defined name called GPU.GAP alone beside a call", () => {
    expect(native("=GPU.REQUIRED_REVENUE(150)+GPU.GAP")).toBe("=(150*(1+1)/(1-0.5))+GPU.GAP");
  });

  it("names the character it cannot read", () => {
    expect(reasonFor("=GPU.GAP(A1,200)?")).toBe("the formula cannot be read near ?");
  });
});

describe("what it leaves untouched, and says why", () => {
  it("a GPU function it does not know, a missing or an extra argument", () => {
    expect(reasonFor("=GPU.FOO(1)")).toMatch(/GPU.FOO is not a GPU Payback function/);
    expect(reasonFor("=GPU.REQUIRED_REVENUE()")).toMatch(/needs its spend/);
    expect(reasonFor("=GPU.GAP(,200)")).toMatch(/needs its range/);
    expect(reasonFor("=GPU.REQUIRED_REVENUE(1,2,0.3,4,5)")).toMatch(/at most/);
  });

  it("a function with no native form, and an unreadable formula", () => {
    expect(reasonFor("=GPU.CHARGES_IN_SERVICE(B2:F2,2)")).toMatch(/LAMBDA/);
    expect(reasonFor('=GPU.REQUIRED_REVENUE("50)')).toMatch(/cannot be read/);
    expect(reasonFor("=GPU.REQUIRED_REVENUE(50")).toMatch(/not closed/);
  });

  it("a native form longer than Excel allows", () => {
    let formula = "B6";
    for (let i = 0; i < 6; i++) formula = `GPU.GAP(Revs,GPU.REQUIRED_REVENUE(${formula}))`;
    expect(reasonFor(`=${formula}`)).toMatch(String(MAX_FORMULA_LENGTH));
  });

  it("a native form of exactly Excel's 8192 characters is kept, one more is refused", () => {
    const call = "=GPU.GAP(Revs,B6)";
    const guarded = "=IF(OR(ISTEXT(B6),ISLOGICAL(B6),B6<0,MIN(Revs)<0),NA(),B6-SUM(Revs))";
    expect(native(call)).toBe(guarded);
    // call + "+1…1": the native form is the guarded one, "+" and the digits
    const digits = MAX_FORMULA_LENGTH - guarded.length - 1;
    const longest = `${call}+${"1".repeat(digits)}`;
    expect(native(longest)).toHaveLength(MAX_FORMULA_LENGTH);
    expect(reasonFor(`${longest}1`)).toBe(
      `its native form has ${MAX_FORMULA_LENGTH + 1} characters or more, more than Excel's ${MAX_FORMULA_LENGTH}`
    );
  });

  it("a sheet: converted cells, untranslated ones with their reasons, the rest in neither", () => {
    const result = translateCells([
      { address: "B11", formula: "=GPU.DATACENTER_COST(50)" },
      { address: "B13", formula: "=SUM(Revenues)" },
      { address: "B20", formula: "=SUM(GPU.CHARGES_IN_SERVICE(A1:A5,3))" },
    ]);
    expect(result.converted).toEqual([{ address: "B11", formula: "=50*(1+1)" }]);
    expect(result.untranslated).toEqual([
      {
        address: "B20",
        formula: "=SUM(GPU.CHARGES_IN_SERVICE(A1:A5,3))",
        reason: expect.stringMatching(/LAMBDA/),
      },
    ]);
  });
});
