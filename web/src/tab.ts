// The dashboard tab's page: who is looking (Teams SSO, or the local member picker), then one
// GET /api/tab/dashboard drawn as tables and Chart.js charts (on-time rates, self-assessment points).
// Every number comes from the server, which computes it with the code the chat uses.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { app as teamsApp, authentication } from '@microsoft/teams-js';
import { TAB } from '../../src/i18n/tab-strings.ts';
import type { DashboardView, FileOffer } from '../../src/features/dashboard/dashboard-view.ts';
import { registerFluent } from './fluent.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);
registerFluent();

type Locale = 'vi' | 'en';
const PICKED = 'cchc-tab-member';
const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
let chart: Chart | undefined;
let saChart: Chart | undefined;
let headers: Record<string, string> = {};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function table(target: HTMLTableElement, caption: string, head: string[], rows: Array<Array<string | HTMLElement>>): void {
  target.replaceChildren();
  target.append(el('caption', caption, { class: 'visually-hidden' }));
  const thead = el('thead');
  const tr = el('tr');
  for (const h of head) tr.append(el('th', h, { scope: 'col' }));
  thead.append(tr);
  const tbody = el('tbody');
  for (const row of rows) {
    const r = el('tr');
    row.forEach((cell, i) => {
      const c = i === 0 ? el('th', undefined, { scope: 'row' }) : el('td');
      if (typeof cell === 'string') c.textContent = cell;
      else c.append(cell);
      r.append(c);
    });
    tbody.append(r);
  }
  target.append(thead, tbody);
}

function say(text: string): void {
  $('message').textContent = text;
}

async function api(path: string): Promise<Response> {
  return fetch(path, { headers });
}

/** Teams: an SSO token from the host; outside Teams this rejects and the page says so. */
async function signInWithTeams(s: (typeof TAB)[Locale]): Promise<void> {
  say(s.signingIn);
  await teamsApp.initialize();
  const token = await authentication.getAuthToken();
  headers = { authorization: `Bearer ${token}` };
}

/** Local mode: the member picker; the choice is kept in this browser. */
async function setUpPicker(s: (typeof TAB)[Locale]): Promise<void> {
  const members = (await (await fetch('/api/tab/members')).json()) as Array<{ id: string; name: string; title: string }>;
  const select = $<HTMLSelectElement>('member');
  select.replaceChildren(...members.map((m) => el('option', `${m.name} — ${m.title}`, { value: m.id })));
  const fromUrl = new URLSearchParams(location.search).get('as');
  const chosen = members.find((m) => m.id === fromUrl)?.id ?? members.find((m) => m.id === localStorage.getItem(PICKED))?.id ?? members[0]?.id ?? '';
  select.value = chosen;
  headers = { 'x-cchc-member': chosen };
  $('picker').hidden = false;
  $('picker-hint').textContent = s.pickerHint;
  select.addEventListener('change', () => {
    localStorage.setItem(PICKED, select.value);
    headers = { 'x-cchc-member': select.value };
    void load();
  });
}

function drawCycle(v: DashboardView, s: (typeof TAB)[Locale]): void {
  const section = $('cycle');
  section.hidden = false;
  $('cycle-h').textContent = v.cycle ? `${s.cycleHeading} ${v.cycle.label} — ${v.scope === 'all' ? s.scopeAll : s.scopeOwn}` : s.cycleHeading;
  const facts = $('cycle-facts');
  const totals = $('totals');
  facts.replaceChildren();
  totals.replaceChildren();
  if (!v.cycle) {
    facts.append(el('div', s.noCycle));
    $<HTMLTableElement>('units').replaceChildren();
    return;
  }
  const c = v.cycle;
  for (const [label, value] of [[s.deadline, c.deadline], [s.state, c.state], ['', s.workingDaysLeft(c.workingDaysLeft)]] as const) {
    const d = el('div');
    if (label) d.append(el('dt', label));
    d.append(el('dd', value));
    facts.append(d);
  }
  for (const key of ['total', 'submitted', 'late', 'deputy', 'missing'] as const) {
    const li = el('li', undefined, { 'data-total': key });
    li.append(el('span', String(c.totals[key]), { class: 'n' }), el('span', s.totals[key]));
    totals.append(li);
  }
  const col = s.columns;
  table($<HTMLTableElement>('units'), $('cycle-h').textContent ?? '', [col.unit, col.head, col.state, col.at, col.version, col.submittedBy], c.rows.map((r) => [r.unit, r.head, el('span', r.state, { class: `state-${r.stateKey}`, 'data-unit': r.unitId }), r.at || '—', r.version === null ? '—' : String(r.version), r.submittedBy || '—']));
}

function drawOnTime(v: DashboardView, s: (typeof TAB)[Locale]): void {
  $('ontime').hidden = false;
  const heading = s.onTimeHeading(v.onTime.quarters.length);
  $('ontime-h').textContent = heading;
  const units = v.onTime.units;
  const canvas = $<HTMLCanvasElement>('ontime-chart');
  canvas.setAttribute('aria-label', heading);
  chart?.destroy();
  chart = undefined;
  if (units.length === 0) {
    table($<HTMLTableElement>('ontime-table'), heading, [s.noStats], []);
    return;
  }
  chart = new Chart(canvas, {
    type: 'bar',
    data: { labels: units.map((u) => u.unit), datasets: [{ label: s.onTimeAxis, data: units.map((u) => (u.rate === null ? 0 : Math.round(u.rate * 100))), backgroundColor: '#0f6cbd' }] },
    options: { indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false, scales: { x: { min: 0, max: 100, title: { display: true, text: s.onTimeAxis } } }, plugins: { legend: { display: false } } },
  });
  canvas.dataset.drawn = 'true';
  const c = s.onTimeColumns;
  table($<HTMLTableElement>('ontime-table'), heading, [c.unit, c.onTime, c.late, c.missing, c.rate], units.map((u) => [u.unit, String(u.onTime), String(u.late), String(u.missing), u.rate === null ? '—' : `${Math.round(u.rate * 100)}%`]));
}

function drawMeetings(v: DashboardView, s: (typeof TAB)[Locale]): void {
  $('meetings').hidden = false;
  $('meetings-h').textContent = s.meetingsHeading;
  const c = s.meetingColumns;
  const rows = v.meetings.map((m) => [`${m.date} ${m.start}`, s.meetingKinds[m.kind as keyof typeof s.meetingKinds] ?? m.kind, m.place, String(m.invited), String(m.attending), String(m.onLeave)]);
  table($<HTMLTableElement>('meetings-table'), s.meetingsHeading, [c.date, c.kind, c.place, c.invited, c.attending, c.onLeave], rows.length ? rows : [[s.noMeetings, '', '', '', '', '']]);
}

function drawTasks(v: DashboardView, s: (typeof TAB)[Locale]): void {
  $('tasks').hidden = false;
  $('tasks-h').textContent = s.tasksHeading;
  $('tasks-summary').textContent = s.tasksSummary(v.tasks.open, v.tasks.overdue);
  $('tasks-list').replaceChildren(...v.tasks.items.map((t) => el('li', `${t.content} — ${t.unit} — ${t.deadline}${t.overdue ? ` (${s.overdue})` : ''}`, t.overdue ? { class: 'overdue' } : {})));
}

function drawPlan(v: DashboardView, s: (typeof TAB)[Locale]): void {
  const plan = v.plan;
  $('plan').hidden = !plan;
  if (!plan) return;
  const heading = `${s.planHeading(plan.year)} — ${v.scope === 'all' ? s.scopeAll : s.scopeOwn}`;
  $('plan-h').textContent = heading;
  $('plan-note').textContent = plan.illustrative ? s.illustrative : '';
  const c = s.planColumns;
  const cells = (r: { total: number; done: number; onTime: number; overdue: number }) => [String(r.total), String(r.done), String(r.onTime), String(r.overdue)];
  const rows = plan.areas.map((a) => [el('span', a.title, { 'data-plan-area': a.area }), ...cells(a)]);
  rows.push([el('span', s.planTotal, { 'data-plan-area': 'total' }), ...cells(plan.total)]);
  table($<HTMLTableElement>('plan-table'), heading, [c.area, c.total, c.done, c.onTime, c.overdue], rows);
}

function drawSelfAssessment(v: DashboardView, s: (typeof TAB)[Locale]): void {
  const sa = v.selfAssessment;
  $('self-assessment').hidden = !sa;
  saChart?.destroy();
  saChart = undefined;
  if (!sa) return;
  const heading = `${s.selfAssessmentHeading(sa.year)} — ${v.scope === 'all' ? s.scopeAll : s.scopeOwn}`;
  $('sa-h').textContent = heading;
  const p = s.points;
  const summary = $('sa-summary');
  summary.textContent = `${s.selfAssessmentSummary(p(sa.total.points), p(sa.total.maxPoints), p(sa.total.percent), sa.total.itemsScored, sa.total.itemsTotal)} ${s.selfAssessmentDeadline}: ${sa.deadline}.`;
  summary.dataset.points = String(sa.total.points);
  summary.dataset.max = String(sa.total.maxPoints);
  $('sa-note').textContent = sa.illustrative ? s.illustrative : '';
  const canvas = $<HTMLCanvasElement>('sa-chart');
  canvas.setAttribute('aria-label', heading);
  const labels = sa.areas.map((a) => `${a.areaId}. ${a.title}`);
  saChart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels,
      datasets: [
        { label: s.selfAssessmentChart.points, data: sa.areas.map((a) => a.points), backgroundColor: '#0f6cbd' },
        { label: s.selfAssessmentChart.max, data: sa.areas.map((a) => a.maxPoints), backgroundColor: '#c7e0f4' },
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      locale: currentLocale === 'vi' ? 'vi-VN' : 'en-US',
      // Long official area titles are cut on the axis; the table below carries them whole.
      scales: { x: { min: 0, title: { display: true, text: s.selfAssessmentChart.axis } }, y: { ticks: { callback: (_v, i) => (labels[i] ?? '').slice(0, 28) } } },
      plugins: { legend: { display: true, position: 'bottom' } },
    },
  });
  canvas.dataset.drawn = 'true';
  const c = s.selfAssessmentColumns;
  const rows = sa.areas.map((a) => [el('span', `${a.areaId}. ${a.title}`, { 'data-sa-area': a.areaId }), `${a.itemsScored}/${a.itemsTotal}`, p(a.claimed), p(a.points), p(a.maxPoints), `${p(a.percent)}%`]);
  rows.push([el('span', s.planTotal, { 'data-sa-area': 'total' }), `${sa.total.itemsScored}/${sa.total.itemsTotal}`, p(sa.total.claimed), p(sa.total.points), p(sa.total.maxPoints), `${p(sa.total.percent)}%`]);
  table($<HTMLTableElement>('sa-table'), heading, [c.area, c.scored, c.claimed, c.points, c.max, c.percent], rows);
}

/** Downloads go through fetch (the token is a header, not a cookie), then a blob link the browser saves. */
async function download(path: string): Promise<void> {
  const res = await api(path);
  if (!res.ok) {
    say(res.status === 403 ? TAB[currentLocale].forbidden : TAB[currentLocale].failed);
    return;
  }
  const name = /filename\*=UTF-8''([^;]+)/.exec(res.headers.get('content-disposition') ?? '')?.[1];
  const url = URL.createObjectURL(await res.blob());
  const a = el('a', undefined, { href: url, download: name ? decodeURIComponent(name) : 'download' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function drawDownloads(v: DashboardView, s: (typeof TAB)[Locale]): void {
  $('downloads').hidden = false;
  $('downloads-h').textContent = s.downloadsHeading;
  const buttons: HTMLElement[] = [];
  const button = (label: string, path: string, id: string) => {
    const b = document.createElement('fluent-button');
    b.textContent = label;
    for (const [k, v] of Object.entries({ appearance: 'primary', 'data-download': id })) b.setAttribute(k, v);
    b.addEventListener('click', () => void download(path));
    buttons.push(b);
  };
  if (v.downloads.stats) {
    button(s.statsCsv, '/api/tab/download/stats.csv', 'stats-csv');
    button(s.statsXlsx, '/api/tab/download/stats.xlsx', 'stats-xlsx');
  }
  const unitQuery = (f: FileOffer) => (f.unitId ? `?unit=${encodeURIComponent(f.unitId)}` : '');
  for (const f of v.downloads.selfAssessment) button(s.selfAssessmentFile(f.year, f.format, f.unit), `/api/tab/download/self-assessment-${f.year}.${f.format}${unitQuery(f)}`, `self-assessment-${f.format}${f.unitId ? `-${f.unitId}` : ''}`);
  for (const f of v.downloads.initiatives) button(s.initiativesFile(f.year, f.format, f.unit), `/api/tab/download/initiatives-${f.year}.${f.format}${unitQuery(f)}`, `initiatives-${f.format}${f.unitId ? `-${f.unitId}` : ''}`);
  for (const r of v.downloads.reports) button(s.reportDocx(r.label), `/api/tab/download/report/${encodeURIComponent(r.cycleId)}.docx`, `report-${r.cycleId}`);
  $('download-buttons').replaceChildren(...(buttons.length ? buttons : [el('p', s.noDownloads)]));
}

let currentLocale: Locale = 'vi';

async function load(): Promise<void> {
  const main = $('main');
  main.setAttribute('aria-busy', 'true');
  const res = await api('/api/tab/dashboard');
  const s = TAB[currentLocale];
  if (!res.ok) {
    say(res.status === 401 ? s.unauthenticated : res.status === 403 ? s.forbidden : s.failed);
    main.setAttribute('aria-busy', 'false');
    return;
  }
  const view = (await res.json()) as DashboardView;
  currentLocale = view.locale;
  const t = TAB[currentLocale];
  document.documentElement.lang = currentLocale;
  document.title = t.title;
  $('title').textContent = t.title;
  $('who').textContent = view.member.name;
  $('picker').querySelector('label')!.textContent = t.pickerLabel;
  say('');
  drawCycle(view, t);
  drawOnTime(view, t);
  drawMeetings(view, t);
  drawTasks(view, t);
  drawPlan(view, t);
  drawSelfAssessment(view, t);
  drawDownloads(view, t);
  main.setAttribute('aria-busy', 'false');
  document.body.dataset.loaded = view.member.id;
}

async function start(): Promise<void> {
  const s = TAB.vi;
  try {
    const mode = (await (await fetch('/api/tab/mode')).json()) as { picker: boolean };
    if (mode.picker) await setUpPicker(s);
    else await signInWithTeams(s);
    await load();
  } catch (error) {
    // Outside Teams getAuthToken fails; say so rather than show an empty page.
    console.error(error);
    say(s.unauthenticated);
  }
}

void start();
