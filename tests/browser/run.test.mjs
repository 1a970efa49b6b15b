// redraft in a real browser (Debian's Chromium through playwright-core), against the demo
// server that .ci/browser starts: axe-core (WCAG 2.2 A and AA) on every page a delegate and the
// Chair reach, in every state of the round, in all six languages; a keyboard-only comment,
// edit and withdrawal; the delegate's flow without JavaScript; reflow at 320 px; the session
// warning. Writes the reference screenshots under screenshots/.
//
// The tests share one server and run in order: the round moves from open to extended, closed
// and published as they go.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import {
  BASE, LANGUAGES, CHAIR, FOCAL_POINTS, SCREENSHOTS,
  launch, context, signIn, axe, horizontalOverflow, idInUrl, linkFromMailbox,
} from "./lib.mjs";

let browser;
/// Signed-in pages per language: a delegate's and the Chair's.
const delegate = {};
const chair = {};
let roundId;
/// Per language, the comment each delegate keeps (edited) on recommendation 1.
const kept = {};
/// Every axe violation found, across all pages (the test fails when any is listed).
const violations = [];
let pagesChecked = 0;

before(async () => {
  browser = await launch();
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
});

/// axe on the page now, counted.
async function check(page, lang, label) {
  pagesChecked += 1;
  await axe(page, `${lang} ${label} ${new URL(page.url()).pathname}`, violations);
}

/// Goes to `path` and checks it.
async function visit(page, lang, label, to) {
  const answer = await page.goto(to);
  assert.ok(answer.status() < 500, `${to}: ${answer.status()}`);
  await check(page, lang, label);
}

/// Opens the comment form of the recommendation labelled `label` on the round page.
async function openForm(page, label) {
  const section = page.locator("section.recommendation", { has: page.locator(`h3 bdi:text-is("${label}")`) });
  const details = section.locator("details.comment-form").first();
  if (!(await details.getAttribute("open") !== null)) await details.locator("summary").click();
  return details.locator("form");
}

async function submitAndWait(page, button) {
  await Promise.all([page.waitForLoadState("load"), page.waitForEvent("framenavigated"), button.click()]);
  await page.waitForLoadState("load");
}

/// Runs `work` for each language, `CONCURRENT` at a time (each in its own browser profile).
const CONCURRENT = 3;
async function eachLanguage(work) {
  const queue = [...LANGUAGES];
  const workers = Array.from({ length: CONCURRENT }, async () => {
    for (let lang = queue.shift(); lang; lang = queue.shift()) await work(lang);
  });
  await Promise.all(workers);
}

function report() {
  return `${violations.length} axe violation(s) on ${pagesChecked} pages:\n${violations.join("\n")}`;
}

test("axe-core finds a violation where there is one", async () => {
  // The checker itself: the sign-in page with its e-mail field's label taken away.
  const ctx = await context(browser, "en");
  const page = await ctx.newPage();
  await page.goto("/sign-in");
  await page.evaluate(() => document.querySelector("label[for=email]").remove());
  const found = [];
  await axe(page, "sign-in without a label", found);
  assert.ok(found.some((v) => v.includes("] label ")), found.join("\n"));
  await ctx.close();
});

test("every page of an open round, in six languages: no axe violations", async (t) => {
  await eachLanguage(async (lang) => {
    // Before signing in: the sign-in page, its error, the check-your-e-mail page, the link's.
    const anon = await context(browser, lang);
    const p = await anon.newPage();
    await p.goto("/sign-in");
    await p.fill("#email", "not an address");
    await submitAndWait(p, p.locator("form[action='/sign-in'] button"));
    await check(p, lang, "sign-in error");
    await anon.close();

    const dctx = await context(browser, lang);
    const page = await signIn(dctx, FOCAL_POINTS[lang], (pg, label) => check(pg, lang, label));
    delegate[lang] = page;
    await check(page, lang, "home");
    const href = await page.locator("a[href^='/rounds/']").first().getAttribute("href");
    roundId = href.match(/\/rounds\/(\d+)/)[1];
    const round = `/rounds/${roundId}`;
    await visit(page, lang, "round page, nothing written", round);
    if (lang === "zh") await page.screenshot({ path: path.join(SCREENSHOTS, "round-zh.png") });

    // An empty comment: the error summary and the inline error.
    let form = await openForm(page, "1");
    await submitAndWait(page, form.locator("button[type=submit]"));
    assert.match(await page.title(), /^[^:：]+[:：]/, "the error page's title starts with \"Error:\"");
    await check(page, lang, "round page, comment refused");
    if (lang === "en") {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(SCREENSHOTS, "error-en.png") });
    }

    // Saved: the receipt on the round page.
    form = await openForm(page, "1");
    await form.locator("textarea[name=text]").fill(`Comment of the ${lang} test, first version.`);
    await submitAndWait(page, form.locator("button[type=submit]"));
    const commentId = idInUrl(page, "saved");
    kept[lang] = commentId;
    await check(page, lang, "round page, comment saved");
    if (lang === "ar") {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(SCREENSHOTS, "round-ar.png") });
    }

    // Editing: the page, a refused edit, a saved one.
    await visit(page, lang, "edit", `/comments/${commentId}/edit`);
    await page.fill("form[action$='/edit'] textarea[name=text]", "");
    await submitAndWait(page, page.locator("form[action$='/edit'] button[type=submit]"));
    await check(page, lang, "edit refused");
    await page.fill("form[action$='/edit'] textarea[name=text]", `Comment of the ${lang} test, edited.`);
    await submitAndWait(page, page.locator("form[action$='/edit'] button[type=submit]"));
    await check(page, lang, "round page, edit saved");

    // A second comment, on the draft as a whole, withdrawn.
    await page.goto(round);
    form = await openForm(page, "2");
    await form.locator("textarea[name=text]").fill(`To be withdrawn (${lang}).`);
    await submitAndWait(page, form.locator("button[type=submit]"));
    const second = idInUrl(page, "saved");
    await visit(page, lang, "withdraw", `/comments/${second}/withdraw`);
    await submitAndWait(page, page.locator("form[action$='/withdraw'] button[type=submit]"));
    idInUrl(page, "withdrawn");
    await check(page, lang, "round page, comment withdrawn");

    await visit(page, lang, "our comments", `${round}/our-comments`);
    await visit(page, lang, "history", `${round}/history`);
    await visit(page, lang, "outcome, none published", `${round}/outcome`);
    await visit(page, lang, "silence statement withdrawal", `${round}/silence-breaks/mine/withdraw`);

    // The Chair's pages.
    const cctx = await context(browser, lang);
    const chairPage = await signIn(cctx, CHAIR);
    chair[lang] = chairPage;
    const desk = `/chair/rounds/${roundId}`;
    for (const [label, suffix] of [
      ["overview", ""],
      ["responses", "/responses"],
      ["responses not responded", "/responses?filter=not-responded"],
      ["comments", "/comments"],
      ["consolidation", "/consolidation"],
      ["consolidation general", "/consolidation/general"],
      ["draft", "/draft"],
      ["delegations", "/delegations"],
      ["settings", "/settings"],
      ["audit", "/audit"],
      ["mail log", "/mail"],
    ]) {
      await visit(chairPage, lang, label, desk + suffix);
    }
    await visit(chairPage, lang, "new round", "/chair/rounds/new");
    await submitAndWait(chairPage, chairPage.locator("main form button[type=submit]").first());
    await check(chairPage, lang, "new round refused");

    // The schedule forms with their errors: an extension without a date, a closing without a
    // reason.
    await chairPage.goto(desk);
    for (const action of ["extend", "close"]) {
      const details = chairPage.locator("details", { has: chairPage.locator(`input[name=action][value=${action}]`) });
      await details.locator("summary").click();
      if (action === "extend") await details.locator("input[name=closes_date]").fill("");
      await submitAndWait(chairPage, details.locator("button[type=submit]"));
      await check(chairPage, lang, `schedule ${action} refused`);
      await chairPage.goto(desk);
    }
  });
  t.diagnostic(`${pagesChecked} pages checked with axe-core`);
  assert.equal(violations.length, 0, report());
});

test("keyboard only: sign in, comment, edit, withdraw with Tab, Enter, Space and arrows", async () => {
  const ctx = await context(browser, "en");
  const page = await ctx.newPage();
  const kb = page.keyboard;
  /// Presses Tab until the focused element matches `selector` (at most 300 times).
  async function tabTo(selector, key = "Tab") {
    for (let i = 0; i < 300; i += 1) {
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      await kb.press(key);
    }
    throw new Error(`Tab never reached ${selector}`);
  }
  async function pressAndLoad(key) {
    await Promise.all([page.waitForEvent("framenavigated"), kb.press(key)]);
    await page.waitForLoadState("load");
  }
  const email = FOCAL_POINTS.en;
  await page.goto("/sign-in");
  await tabTo("#email");
  await kb.type(email);
  await pressAndLoad("Enter");
  await page.goto(await linkFromMailbox(email));
  await tabTo("form[action^='/sign-in/'] button");
  await pressAndLoad("Enter");
  assert.equal(new URL(page.url()).pathname, "/");
  await tabTo(`a[href='/rounds/${roundId}']`);
  await pressAndLoad("Enter");

  // The comment form of recommendation 3: open it with Space, choose the kind with arrows.
  const section = page.locator("section.recommendation", { has: page.locator('h3 bdi:text-is("3")') });
  const summaryId = await section.locator("summary").first().evaluate((s) => {
    s.id = s.id || "keyboard-summary";
    return s.id;
  });
  await tabTo(`#${summaryId}`);
  await kb.press("Space");
  const radio = section.locator("input[type=radio][name=kind]").first();
  const radioId = await radio.getAttribute("id");
  await tabTo(`#${radioId}`);
  await kb.press("ArrowDown");
  const chosen = await section.locator("input[name=kind]:checked").getAttribute("value");
  assert.notEqual(chosen, null, "an arrow key chose a kind");
  await kb.press("Tab");
  await tabTo(`#${await section.locator("textarea[name=text]").getAttribute("id")}`);
  await kb.type("Typed with the keyboard alone.");
  if (chosen === "amendment") {
    await tabTo(`#${await section.locator("textarea[name=proposed_text]").getAttribute("id")}`);
    await kb.type("Proposed wording, typed.");
  }
  await tabTo(`section.recommendation:has(#${radioId}) button[type=submit]`);
  await pressAndLoad("Enter");
  const commentId = idInUrl(page, "saved");

  // Edit: the link on the receipt, then the text, then the button.
  await tabTo(`a[href='/comments/${commentId}/edit']`);
  await pressAndLoad("Enter");
  await tabTo("form[action$='/edit'] textarea[name=text]");
  await kb.press("End");
  await kb.type(" Edited.");
  await tabTo("form[action$='/edit'] button[type=submit]");
  await pressAndLoad("Enter");
  idInUrl(page, "saved");
  assert.match(await page.locator(`#comment-${commentId}`).innerText(), /Typed with the keyboard alone\. Edited\./);

  // Withdraw: the link, then the confirmation with Space.
  await tabTo(`a[href='/comments/${commentId}/withdraw']`);
  await pressAndLoad("Enter");
  await tabTo("form[action$='/withdraw'] button[type=submit]");
  await pressAndLoad("Space");
  assert.equal(idInUrl(page, "withdrawn"), commentId);
  await ctx.close();
});

test("without JavaScript: sign in, comment, edit, withdraw", async () => {
  const ctx = await context(browser, "fr", { javaScriptEnabled: false });
  const page = await signIn(ctx, FOCAL_POINTS.fr);
  assert.equal(await page.locator("#session-warning").isHidden(), true, "no warning without JavaScript");
  await page.goto(`/rounds/${roundId}`);
  const form = await openForm(page, "4");
  await form.locator("input[name=kind][value=amendment]").check();
  await form.locator("textarea[name=text]").fill("Sans JavaScript.");
  await form.locator("textarea[name=proposed_text]").fill("Texte proposé sans JavaScript.");
  await submitAndWait(page, form.locator("button[type=submit]"));
  const id = idInUrl(page, "saved");
  await page.goto(`/comments/${id}/edit`);
  await page.fill("form[action$='/edit'] textarea[name=text]", "Sans JavaScript, modifié.");
  await submitAndWait(page, page.locator("form[action$='/edit'] button[type=submit]"));
  assert.match(await page.locator(`#comment-${id}`).innerText(), /Sans JavaScript, modifié\./);
  await page.goto(`/comments/${id}/withdraw`);
  await submitAndWait(page, page.locator("form[action$='/withdraw'] button[type=submit]"));
  assert.equal(idInUrl(page, "withdrawn"), id);
  await ctx.close();
});

test("the session warning: shown before the end, its button keeps the session", async () => {
  const ctx = await context(browser, "en");
  const page = await signIn(ctx, FOCAL_POINTS.ru);
  await page.clock.install();
  await page.goto(`/rounds/${roundId}`);
  const warning = page.locator("#session-warning");
  assert.equal(await warning.isHidden(), true, "no warning at first");
  const seconds = Number(await page.locator("#session-note").getAttribute("data-seconds-left"));
  assert.ok(seconds > 600, `${seconds} seconds left`);
  // Typed and not sent; then the page stays open until 4 minutes before the end.
  const form = await openForm(page, "5");
  await form.locator("textarea[name=text]").fill("Not sent yet.");
  await page.clock.fastForward((seconds - 240) * 1000);
  await warning.waitFor({ state: "visible" });
  assert.equal(await page.locator("#session-warning-soon").isVisible(), true);
  await check(page, "en", "session warning");
  const noteBefore = await page.locator("#session-note").innerText();
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith("/session/extend") && r.status() === 200),
    page.locator("#session-extend button").click(),
  ]);
  await warning.waitFor({ state: "hidden" });
  assert.equal(await form.locator("textarea[name=text]").inputValue(), "Not sent yet.", "nothing typed is lost");
  assert.ok((await page.locator("#session-note").innerText()).length > 0, noteBefore);
  // Past the end without pressing: the warning says the session has ended.
  await page.clock.fastForward((seconds + 60) * 1000);
  await page.locator("#session-warning-ended").waitFor({ state: "visible" });
  assert.equal(await page.locator("#session-extend").isHidden(), true);
  await ctx.close();
});

test("the pages reflow at 320 px without horizontal scrolling", async () => {
  const problems = [];
  const desk = `/chair/rounds/${roundId}`;
  const round = `/rounds/${roundId}`;
  await eachLanguage(async (lang) => {
    for (const [who, paths] of [
      [delegate[lang], ["/", round, `${round}/our-comments`, `${round}/history`, `${round}/outcome`, `/comments/${kept[lang]}/edit`]],
      [chair[lang], [desk, `${desk}/responses`, `${desk}/comments`, `${desk}/consolidation`, `${desk}/consolidation/general`, `${desk}/delegations`, `${desk}/draft`, `${desk}/settings`, `${desk}/audit`, `${desk}/mail`, "/chair/rounds/new"]],
    ]) {
      await who.setViewportSize({ width: 320, height: 640 });
      for (const p of paths) {
        await who.goto(p);
        const overflow = await horizontalOverflow(who);
        if (overflow) problems.push(`${lang} ${p}: ${overflow}`);
      }
      await who.setViewportSize({ width: 1280, height: 900 });
    }
    const anon = await context(browser, lang, { viewport: { width: 320, height: 640 } });
    const p = await anon.newPage();
    await p.goto("/sign-in");
    const overflow = await horizontalOverflow(p);
    if (overflow) problems.push(`${lang} /sign-in: ${overflow}`);
    await anon.close();
  });
  assert.deepEqual(problems, []);
});

/// A date and a time in Vienna, `minutes` from now, as the Chair's date and time fields want them.
function viennaFields(minutes) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Vienna", year: "numeric", month: "2-digit", day: "2-digit",
      hour: "2-digit", minute: "2-digit", hourCycle: "h23",
    })
      .formatToParts(new Date(Date.now() + minutes * 60_000))
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

test("a silence procedure, in six languages: no axe violations", async () => {
  const before = violations.length;
  // The Chair sets up a silence round open from this minute, its draft and its delegations
  // (one per language, each with a focal point of its own).
  const c = chair.en;
  await c.goto("/chair/rounds/new");
  // It opens tomorrow (the draft and the delegations can change only until it opens); once they
  // are in, the opening is moved to this minute in its settings.
  const opens = viennaFields(24 * 60);
  const closes = viennaFields(5 * 24 * 60);
  await c.fill("[name=body]", "Working Group on Firearms");
  await c.fill("[name=meeting]", "Eighth meeting");
  await c.fill("[name=title]", "Draft recommendations, Rev.1, under silence");
  await c.fill("[name=reference_prefix]", "WG-FA-2026/S");
  await c.check("#kind-silence");
  await c.selectOption("select[name=time_zone]", "Europe/Vienna");
  await c.fill("[name=opens_date]", opens.date);
  await c.fill("[name=opens_time]", opens.time);
  await c.fill("[name=closes_date]", closes.date);
  await c.fill("[name=closes_time]", closes.time);
  await c.check("#visibility");
  await submitAndWait(c, c.locator("button[name=action][value=preview]").first());
  await check(c, "en", "new silence round, preview");
  await submitAndWait(c, c.locator("button[name=action][value=save]"));
  assert.match(c.url(), /\/chair\/rounds\/\d+\/draft$/, await c.locator("main").innerText());
  const silenceId = new URL(c.url()).pathname.match(/\/chair\/rounds\/(\d+)/)[1];
  const desk = `/chair/rounds/${silenceId}`;
  await c.goto(`${desk}/draft`);
  await c.fill("#content", "agenda_item,agenda_title,label,text\n2,Illicit manufacturing of firearms,1,States parties should consider marking firearms at manufacture.\n");
  await submitAndWait(c, c.locator("button[name=action][value=preview]"));
  await check(c, "en", "draft preview");
  await submitAndWait(c, c.locator("button[name=action][value=save]"));
  const email = (lang) => `focal.point.${lang}@silence.example.org`;
  await c.goto(`${desk}/delegations`);
  const csv = ["name,category,focal_point_emails", ...LANGUAGES.map((l, i) => `${["Argentina", "Bolivia", "Chile", "Denmark", "Egypt", "Finland"][i]},party,${email(l)}`)].join("\n");
  await c.locator("details:has(input[name=action][value=import]) summary").click();
  await c.locator("form:has(input[name=action][value=import]) #content").fill(csv);
  await submitAndWait(c, c.locator("form:has(input[name=action][value=import]) button[type=submit]"));
  await c.goto(`${desk}/settings`);
  const now = viennaFields(-1);
  await c.fill("[name=opens_date]", now.date);
  await c.fill("[name=opens_time]", now.time);
  await submitAndWait(c, c.locator("button[name=action][value=preview]").first());
  await submitAndWait(c, c.locator("button[name=action][value=save]"));
  await c.goto(desk);
  assert.equal(await c.locator(".state-open").count() > 0, true, await c.locator("main").innerText());

  const round = `/rounds/${silenceId}`;
  await eachLanguage(async (lang) => {
    const cp = chair[lang];
    await visit(cp, lang, "silence overview", desk);
    await visit(cp, lang, "silence responses", `${desk}/responses`);
    const ctx = await context(browser, lang);
    const d = await signIn(ctx, email(lang));
    await visit(d, lang, "silence round page", round);
    // An empty statement: refused at its field.
    await submitAndWait(d, d.locator("form[action$='/silence-breaks'] button[type=submit]"));
    await check(d, lang, "silence statement refused");
    await d.fill("#statement", `Objection of the ${lang} test.`);
    await submitAndWait(d, d.locator("form[action$='/silence-breaks'] button[type=submit]"));
    await check(d, lang, "silence confirmation");
    await submitAndWait(d, d.locator("button[name=step][value=confirm]"));
    await check(d, lang, "silence broken, statement sent");
    await visit(d, lang, "silence statement withdrawal", `${round}/silence-breaks/mine/withdraw`);
    await submitAndWait(d, d.locator("form[action$='/withdraw'] button[type=submit]"));
    await check(d, lang, "silence statement withdrawn");
    await visit(cp, lang, "silence overview, statements", desk);
    await ctx.close();
  });
  assert.equal(violations.length, before, report());
});

/// The deadline in 20 days, as the date field wants it.
function laterDate(days) {
  const d = new Date(Date.now() + days * 86400_000);
  return d.toISOString().slice(0, 10);
}

test("an extended round, then a closed one, in six languages: no axe violations", async () => {
  const before = violations.length;
  const desk = `/chair/rounds/${roundId}`;
  const round = `/rounds/${roundId}`;
  // The Chair extends the deadline.
  const c = chair.en;
  await c.goto(desk);
  const details = c.locator("details", { has: c.locator("input[name=action][value=extend]") });
  await details.locator("summary").click();
  await details.locator("input[name=closes_date]").fill(laterDate(20));
  await details.locator("textarea[name=reason]").fill("More time was asked for.");
  await submitAndWait(c, details.locator("button[type=submit]"));
  await eachLanguage(async (lang) => {
    await visit(delegate[lang], lang, "round page, extended", round);
    await visit(chair[lang], lang, "overview, extended", desk);
  });

  // The Chair closes the round early: the confirmation page in each language, confirmed once.
  await eachLanguage(async (lang) => {
    const cp = chair[lang];
    await cp.goto(desk);
    const close = cp.locator("details", { has: cp.locator("input[name=action][value=close]") });
    await close.locator("summary").click();
    await close.locator("textarea[name=reason]").fill("The Working Group agreed to close early.");
    await submitAndWait(cp, close.locator("button[type=submit]"));
    await check(cp, lang, "close confirmation");
  });
  await submitAndWait(c, c.locator("form input[name=confirmed]").locator("xpath=..").locator("button[type=submit]"));

  await eachLanguage(async (lang) => {
    const d = delegate[lang];
    await visit(d, lang, "round page, closed", round);
    await visit(d, lang, "edit, closed", `/comments/${kept[lang]}/edit`);
    await visit(d, lang, "our comments, closed", `${round}/our-comments`);
    const cp = chair[lang];
    await visit(cp, lang, "overview, closed", desk);
    await visit(cp, lang, "consolidation, closed", `${desk}/consolidation`);
    const workspace = await cp.locator("a[href*='/consolidation/recommendations/']").first().getAttribute("href");
    await visit(cp, lang, "consolidation workspace", workspace);
    await visit(cp, lang, "consolidation general, closed", `${desk}/consolidation/general`);
    // Reopening without a date: refused at its fields.
    await cp.goto(desk);
    const reopen = cp.locator("details", { has: cp.locator("input[name=action][value=reopen]") });
    await reopen.locator("summary").click();
    await submitAndWait(cp, reopen.locator("button[type=submit]"));
    await check(cp, lang, "schedule reopen refused");
  });
  assert.equal(violations.length, before, report());
});

test("a published outcome, in six languages: no axe violations", async (t) => {
  const before = violations.length;
  const desk = `/chair/rounds/${roundId}`;
  const round = `/rounds/${roundId}`;
  const c = chair.en;
  // Every recommendation decided (as drafted, the first choice), then the outcome published.
  await c.goto(`${desk}/consolidation`);
  const workspaces = await c
    .locator("a[href*='/consolidation/recommendations/']")
    .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute("href").split("#")[0]))]);
  assert.ok(workspaces.length >= 12, `${workspaces.length} recommendations`);
  for (const href of workspaces) {
    await c.goto(href);
    await c.locator("input[name=decision]").first().check();
    await submitAndWait(c, c.locator("form:has(input[name=decision]) button[type=submit]"));
  }
  await check(c, "en", "consolidation workspace, saved");
  await c.goto(`${desk}/consolidation`);
  // Publishing asks first, naming whom it will e-mail; the same form's button then publishes.
  await submitAndWait(c, c.locator("form[action$='/consolidation/publish'] button[type=submit]"));
  await check(c, "en", "consolidation, publication to confirm");
  await submitAndWait(c, c.locator("form[action$='/consolidation/publish'] button[type=submit]"));
  assert.equal(idInUrl(c, "published"), "1", "version 1 published");
  await check(c, "en", "consolidation, just published");
  await eachLanguage(async (lang) => {
    const d = delegate[lang];
    await visit(d, lang, "outcome", `${round}/outcome`);
    await visit(d, lang, "round page, published", round);
    await visit(d, lang, "history, published", `${round}/history`);
    await visit(chair[lang], lang, "consolidation, published", `${desk}/consolidation`);
    await visit(chair[lang], lang, "audit, published", `${desk}/audit`);
  });
  // The published document itself, as a delegate opens it.
  await delegate.en.goto(`${round}/outcome`);
  const html = await delegate.en.locator("main a[href$='.html']").first().getAttribute("href");
  await visit(delegate.en, "en", "outcome document", html);
  t.diagnostic(`${pagesChecked} pages checked with axe-core in all`);
  assert.equal(violations.length, before, report());
});
