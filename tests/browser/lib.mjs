// What the browser tests share: Debian's Chromium through playwright-core, the server under
// test (REDRAFT_URL) and its mailbox (REDRAFT_MAIL_DIR, one .eml file per e-mail), signing in
// with a link read from the mailbox, and axe-core.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);

export const BASE = process.env.REDRAFT_URL;
export const MAIL_DIR = process.env.REDRAFT_MAIL_DIR;
if (!BASE || !MAIL_DIR) {
  throw new Error("run through .ci/browser (REDRAFT_URL and REDRAFT_MAIL_DIR name the server)");
}
export const LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"];
export const CHAIR = "chair@wg-tip.example.org";
/// One delegation's focal point per language, so each starts from an empty round page.
export const FOCAL_POINTS = {
  ar: "focal.point@austria.example.org",
  zh: "focal.point@brazil.example.org",
  en: "focal.point@eu.example.org",
  fr: "focal.point@japan.example.org",
  ru: "focal.point@nigeria.example.org",
  es: "deputy@eu.example.org",
};
export const SCREENSHOTS = path.join(path.dirname(new URL(import.meta.url).pathname), "screenshots");

/// Every wait is bounded.
const TIMEOUT_MS = 20_000;

/// The flags Chromium runs with, and no others of ours.
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    // The headless flag is ours (above), not playwright's.
    headless: false,
    args: FLAGS,
    timeout: TIMEOUT_MS,
  });
}

/// A browser profile whose `Accept-Language` is `lang`.
export async function context(browser, lang, options = {}) {
  const ctx = await browser.newContext({
    locale: lang,
    baseURL: BASE,
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  ctx.setDefaultTimeout(TIMEOUT_MS);
  ctx.setDefaultNavigationTimeout(TIMEOUT_MS);
  return ctx;
}

const usedMails = new Set();

/// The sign-in token of the newest unread e-mail to `email`, waiting for it (bounded).
export async function linkFromMailbox(email) {
  const deadline = Date.now() + TIMEOUT_MS;
  while (Date.now() < deadline) {
    const files = fs
      .readdirSync(MAIL_DIR)
      .filter((f) => f.endsWith(".eml") && !usedMails.has(f))
      .map((f) => ({ f, t: fs.statSync(path.join(MAIL_DIR, f)).mtimeMs }))
      .sort((a, b) => b.t - a.t);
    for (const { f } of files) {
      const text = readMail(path.join(MAIL_DIR, f));
      if (!new RegExp(`^To: .*${email.replace(/[.]/g, "\\.")}`, "mi").test(text)) continue;
      const m = text.match(/\/sign-in\/([0-9a-f]{64})/);
      if (!m) continue;
      usedMails.add(f);
      return `/sign-in/${m[1]}`;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no sign-in e-mail to ${email} in ${MAIL_DIR}`);
}

/// An e-mail's headers and the decoded text of its parts (quoted-printable or base64).
function readMail(file) {
  const raw = fs.readFileSync(file, "utf8");
  let text = raw.replace(/=\r?\n/g, "");
  const base64Part = /Content-Transfer-Encoding: base64\r?\n(?:[^\r\n]+\r?\n)*\r?\n([A-Za-z0-9+/=\r\n]+)/g;
  for (const m of raw.matchAll(base64Part)) {
    text += "\n" + Buffer.from(m[1].replace(/\s+/g, ""), "base64").toString("utf8");
  }
  return text;
}

/// Signs in as `email` the way a person does: asks for a link on the sign-in page, opens the
/// link from the e-mail, presses the button. `visit(page, label)` is called on each page.
export async function signIn(ctx, email, visit = async () => {}) {
  const page = await ctx.newPage();
  await page.goto("/sign-in");
  await visit(page, "sign-in");
  await page.fill("#email", email);
  await Promise.all([page.waitForURL(/\/sign-in/), page.click("form[action='/sign-in'] button")]);
  await visit(page, "sign-in: check your e-mail");
  await page.goto(await linkFromMailbox(email));
  await visit(page, "sign-in link");
  await Promise.all([
    page.waitForURL((url) => !url.pathname.startsWith("/sign-in")),
    page.click("form[action^='/sign-in/'] button"),
  ]);
  return page;
}

const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const AXE_OPTIONS = {
  runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
  rules: { "color-contrast-enhanced": { enabled: false } },
  resultTypes: ["violations"],
};

/// Runs axe-core on the page as it is; adds each violation to `found` as a line naming the
/// page, the rule and the elements.
export async function axe(page, label, found) {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate((options) => window.axe.run(document, options).then((r) => r.violations), AXE_OPTIONS);
  for (const v of violations) {
    const nodes = v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary.replace(/\s+/g, " ")}`);
    found.push(`[${label}] ${v.id} (${v.impact}): ${v.help}\n    ${nodes.slice(0, 5).join("\n    ")}`);
  }
  return violations.length;
}

/// Fails on page overflow at the current viewport: nothing may need horizontal scrolling.
export async function horizontalOverflow(page) {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const width = doc.clientWidth;
    if (doc.scrollWidth <= width + 1) return null;
    const wide = [...document.querySelectorAll("body *")]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && (r.right > width + 1 || r.left < -1);
      })
      .slice(0, 3)
      .map((e) => `${e.tagName.toLowerCase()}${e.id ? "#" + e.id : ""}${e.className ? "." + String(e.className).split(" ").join(".") : ""}`);
    return `scrollWidth ${doc.scrollWidth} > ${width}: ${wide.join(", ")}`;
  });
}

/// The id in `?saved=ID` (or `withdrawn=`) of the page's address.
export function idInUrl(page, key) {
  const id = new URL(page.url()).searchParams.get(key);
  if (!id) throw new Error(`no ${key} in ${page.url()}`);
  return id;
}
