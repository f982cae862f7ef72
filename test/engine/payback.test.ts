/**
 * The payback chain beyond the headline figures: each formula on other inputs, the edges of
 * what is allowed, -0 folding and overflow (never NaN or ±Infinity: a PaybackError of kind "number").
 */
import {
  PaybackError,
  breakevenSpend,
  checkRequired,
  coverage,
  dataCenterCost,
  gap,
  identifiedRevenue,
  requiredRevenue,
} from "../../src/engine";
import { caught } from "../support/caught";

describe("each formula", () => {
  it("data-center cost = spend × (1 + energy)", () => {
    expect(dataCenterCost(10, 0)).toBe(10);
    expect(dataCenterCost(10, 0.5)).toBe(15);
    expect(dataCenterCost(0, 3)).toBe(0);
    expect(dataCenterCost(40, 2)).toBe(120);
  });

  it("required revenue = data-center cost ÷ (1 − margin)", () => {
    expect(requiredRevenue(50, 1, 0)).toBe(100);
    expect(requiredRevenue(50, 1, 0.75)).toBe(400);
    expect(requiredRevenue(50, 0, 0.5)).toBe(100);
    expect(requiredRevenue(30, 2, 0.4)).toBeCloseTo(150, 12);
    expect(requiredRevenue(0, 1, 0.5)).toBe(0);
  });

  it("gap = required − identified, negative when the revenue exceeds the requirement", () => {
    expect(gap(75, 200)).toBe(125);
    expect(gap(0, 200)).toBe(200);
    expect(gap(200, 200)).toBe(0);
    expect(gap(250, 200)).toBe(-50);
    expect(gap(10, 0)).toBe(-10);
  });

  it("coverage = identified ÷ required", () => {
    expect(coverage(75, 200)).toBe(0.375);
    expect(coverage(0, 200)).toBe(0);
    expect(coverage(200, 200)).toBe(1);
    expect(coverage(300, 200)).toBe(1.5);
    expect(coverage(75, 600)).toBe(0.125);
  });

  it("break-even spend = revenue × (1 − margin) ÷ (1 + energy)", () => {
    expect(breakevenSpend(100, 0, 0)).toBe(100);
    expect(breakevenSpend(100, 1, 0)).toBe(50);
    expect(breakevenSpend(100, 3, 0.2)).toBe(20);
    expect(breakevenSpend(0, 1, 0.5)).toBe(0);
  });

  it("checkRequired passes 0 and more through", () => {
    expect(checkRequired(200)).toBe(200);
    expect(checkRequired(0)).toBe(0);
  });
});

describe("the edges of what is allowed", () => {
  it("accepts a margin of 0 and one just below 100%", () => {
    expect(requiredRevenue(50, 1, 0)).toBe(100);
    const nearlyAll = 1 - Number.EPSILON / 2; // the largest double below 1
    expect(nearlyAll).toBeLessThan(1);
    expect(requiredRevenue(1, 0, nearlyAll)).toBe(2 ** 53);
    expect(breakevenSpend(100, 0, nearlyAll)).toBeGreaterThan(0);
  });

  it("accepts 0 for spend, energy and revenue", () => {
    expect(dataCenterCost(0, 0)).toBe(0);
    expect(requiredRevenue(0, 0, 0)).toBe(0);
    expect(breakevenSpend(0, 0, 0)).toBe(0);
  });
});

describe("-0 is folded into 0", () => {
  it.each([
    ["dataCenterCost(-0, 1)", () => dataCenterCost(-0, 1)],
    ["dataCenterCost(0, -0)", () => dataCenterCost(0, -0)],
    ["requiredRevenue(-0, 1, 0.5)", () => requiredRevenue(-0, 1, 0.5)],
    ["requiredRevenue(-0, -0, -0)", () => requiredRevenue(-0, -0, -0)],
    ["breakevenSpend(-0, 1, 0.5)", () => breakevenSpend(-0, 1, 0.5)],
    ["gap(-0, -0)", () => gap(-0, -0)],
    ["gap(0, 0)", () => gap(0, 0)],
    ["coverage(-0, 200)", () => coverage(-0, 200)],
    ["identifiedRevenue([[-0]])", () => identifiedRevenue([[-0], [-0]])],
    ["identifiedRevenue([])", () => identifiedRevenue([])],
    ["checkRequired(-0)", () => checkRequired(-0)],
  ])("%s is +0", (_, call) => {
    expect(Object.is(call(), 0)).toBe(true);
  });

  it("accepts -0 where a negative number would be rejected", () => {
    expect(requiredRevenue(50, -0, -0)).toBe(50);
    expect(breakevenSpend(50, -0, -0)).toBe(50);
  });
});

describe("results too large to represent: a PaybackError of kind 'number', never Infinity", () => {
  it.each([
    ["dataCenterCost(1e308, 1e308)", () => dataCenterCost(1e308, 1e308), /data-center cost/],
    [
      "dataCenterCost(Number.MAX_VALUE, 1)",
      () => dataCenterCost(Number.MAX_VALUE, 1),
      /data-center cost/,
    ],
    [
      "requiredRevenue(1e308, 1e308, 0.5)",
      () => requiredRevenue(1e308, 1e308, 0.5),
      /data-center cost/,
    ],
    ["requiredRevenue(1e308, 0, 0.5)", () => requiredRevenue(1e308, 0, 0.5), /required revenue/],
    [
      "requiredRevenue(1e300, 1, 1 − 2^-53)",
      () => requiredRevenue(1e300, 1, 1 - Number.EPSILON / 2),
      /required revenue/,
    ],
    [
      "identifiedRevenue of two huge revenues",
      () => identifiedRevenue([[Number.MAX_VALUE], [Number.MAX_VALUE]]),
      /sum of the revenues/,
    ],
  ] as const)("%s", (_, call, what) => {
    const error = caught(call);
    expect(error.kind).toBe("number");
    expect(error.name).toBe("PaybackError");
    expect(error.message).toMatch(what);
    expect(error.message).toMatch(/too large to compute: use smaller inputs/);
  });

  it("a gap between huge figures stays finite", () => {
    expect(gap(0, Number.MAX_VALUE)).toBe(Number.MAX_VALUE);
    expect(gap(Number.MAX_VALUE, 0)).toBe(-Number.MAX_VALUE);
  });

  it("coverage that would overflow is a 'number' error", () => {
    const error = caught(() => coverage(Number.MAX_VALUE, Number.MIN_VALUE));
    expect(error.kind).toBe("number");
    expect(error.message).toMatch(/coverage is too large/);
  });
});
