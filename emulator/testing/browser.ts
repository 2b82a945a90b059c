// A tiny cookie-keeping "browser" for Node tests: GET a URL without following redirects, find a form
// by one of its buttons on the returned page, and submit it — enough to drive the emulator's sign-in
// and consent pages without Chromium.

export interface Page {
  status: number;
  url: string;
  /** The Location header of a redirect, resolved against the request URL. */
  location?: string;
  html: string;
  headers: Headers;
}

export interface FormButton {
  name?: string;
  value?: string;
  label: string;
}

export interface Form {
  action: string;
  method: string;
  fields: [string, string][];
  checkboxes: { name: string; value: string; checked: boolean; label: string }[];
  buttons: FormButton[];
}

const ENTITY = /&(#\d+|#x[0-9a-f]+|amp|lt|gt|quot|apos);/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeHtml(text: string): string {
  return text.replace(ENTITY, (_, ent: string) => {
    if (ent.startsWith('#x') || ent.startsWith('#X')) return String.fromCodePoint(parseInt(ent.slice(2), 16));
    if (ent.startsWith('#')) return String.fromCodePoint(Number(ent.slice(1)));
    return NAMED[ent.toLowerCase()] ?? _;
  });
}

/** Visible text of an HTML fragment (tags dropped, entities decoded, whitespace collapsed). */
export function textOf(html: string): string {
  const visible = html.replace(/<(style|script)\b[\s\S]*?<\/\1>/gi, ' ');
  return unescapeHtml(visible.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag);
  return m ? unescapeHtml(m[1] ?? '') : undefined;
}

export function parseForms(html: string, base: string): Form[] {
  const forms: Form[] = [];
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const [, open = '', body = ''] = m;
    const form: Form = {
      action: new URL(attr(open, 'action') ?? base, base).toString(),
      method: (attr(open, 'method') ?? 'get').toUpperCase(),
      fields: [],
      checkboxes: [],
      buttons: [],
    };
    for (const input of body.matchAll(/<input\b[^>]*>/gi)) {
      const tag = input[0];
      const name = attr(tag, 'name');
      if (!name) continue;
      const type = (attr(tag, 'type') ?? 'text').toLowerCase();
      if (type === 'checkbox') form.checkboxes.push({ name, value: attr(tag, 'value') ?? 'on', checked: /\schecked\b/i.test(tag), label: '' });
      else if (type !== 'submit') form.fields.push([name, attr(tag, 'value') ?? '']);
    }
    for (const b of body.matchAll(/<button\b([^>]*)>([\s\S]*?)<\/button>/gi)) {
      form.buttons.push({ name: attr(b[1] ?? '', 'name'), value: attr(b[1] ?? '', 'value'), label: textOf(b[2] ?? '') });
    }
    forms.push(form);
  }
  return forms;
}

export class TestBrowser {
  readonly cookies = new Map<string, string>();

  async get(url: string): Promise<Page> {
    return this.request(url, { method: 'GET' });
  }

  /** Submits the form holding the button whose label matches (as a person clicking it would). */
  async click(page: Page, button: string | RegExp, options: { check?: Record<string, boolean>; fill?: Record<string, string> } = {}): Promise<Page> {
    const matches = (b: FormButton) => (typeof button === 'string' ? b.label.toLowerCase().includes(button.toLowerCase()) : button.test(b.label));
    for (const form of parseForms(page.html, page.url)) {
      const target = form.buttons.find(matches);
      if (!target) continue;
      const body = new URLSearchParams(form.fields);
      for (const [k, v] of Object.entries(options.fill ?? {})) body.set(k, v);
      for (const c of form.checkboxes) if (options.check?.[c.name] ?? c.checked) body.append(c.name, c.value);
      if (target.name) body.append(target.name, target.value ?? '');
      return this.request(form.action, { method: form.method, body: body.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    }
    throw new Error(`No button matching ${String(button)} on ${page.url}:\n${textOf(page.html).slice(0, 500)}`);
  }

  private async request(url: string, init: { method: string; body?: string; headers?: Record<string, string> }): Promise<Page> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...init.headers, ...(cookie ? { cookie } : {}) } });
    for (const line of res.headers.getSetCookie()) this.storeCookie(line);
    const location = res.headers.get('location');
    return { status: res.status, url, location: location ? new URL(location, url).toString() : undefined, html: await res.text(), headers: res.headers };
  }

  private storeCookie(line: string): void {
    const [pair = ''] = line.split(';');
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    if (/max-age=0/i.test(line) || value === '') this.cookies.delete(name);
    else this.cookies.set(name, value);
  }
}

/** The parameters of a redirect back to the app, from its fragment or query. */
export function redirectParams(location: string): URLSearchParams {
  const url = new URL(location);
  return new URLSearchParams(url.hash ? url.hash.slice(1) : url.search);
}
