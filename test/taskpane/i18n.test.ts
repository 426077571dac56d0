import { en } from "../../src/taskpane/i18n/en";
import { languageFor } from "../../src/taskpane/i18n";
import { sv } from "../../src/taskpane/i18n/sv";

test("English has every text Swedish has, and no other", () => {
  expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
  for (const key of Object.keys(sv) as (keyof typeof sv)[]) {
    expect(typeof en[key]).toBe(typeof sv[key]);
    if (typeof sv[key] === "string") expect((en[key] as string).length).toBeGreaterThan(0);
  }
});

test("Swedish unless Office says English", () => {
  expect(languageFor("sv-SE")).toBe("sv");
  expect(languageFor("en-US")).toBe("en");
  expect(languageFor("fi-FI")).toBe("sv");
  expect(languageFor(undefined)).toBe("sv");
});
