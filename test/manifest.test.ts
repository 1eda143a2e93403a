/**
 * Offline checks of manifest.xml: what Office's validator would reject (dangling resids,
 * duplicate ids, over-long strings) and what this product promises (ExcelApi 1.12,
 * the three ribbon buttons, everything served from https://localhost:3000, icons present).
 * `npm run validate` runs this file; the online validator needs network access.
 */
import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';

interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string): string => s.replace(/&(\w+);/g, (m, e: string) => ENTITIES[e] ?? m);

/** A strict little XML parser: enough for a manifest, and it fails on unbalanced tags. */
function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: '#document', attrs: {}, children: [], text: '' };
  const stack = [root];
  const token = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = token.exec(xml)) !== null) {
    if (m.index !== consumed) throw new Error(`unparsable XML at offset ${consumed}`);
    consumed = token.lastIndex;
    const top = stack[stack.length - 1];
    if (m[1]) {
      if (top.name !== m[1]) throw new Error(`</${m[1]}> closes <${top.name}>`);
      stack.pop();
    } else if (m[2]) {
      const attrs: Record<string, string> = {};
      for (const a of m[3].matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) {
        if (a[1] in attrs) throw new Error(`duplicate attribute ${a[1]} on <${m[2]}>`);
        attrs[a[1]] = decode(a[2]);
      }
      const node: XmlNode = { name: m[2], attrs, children: [], text: '' };
      top.children.push(node);
      if (!m[4]) stack.push(node);
    } else if (m[5]) {
      top.text += decode(m[5]).trim();
    }
  }
  if (consumed !== xml.length || stack.length !== 1) throw new Error('XML is not well formed');
  return root;
}

function all(node: XmlNode, pred: (n: XmlNode) => boolean, out: XmlNode[] = []): XmlNode[] {
  for (const c of node.children) {
    if (pred(c)) out.push(c);
    all(c, pred, out);
  }
  return out;
}
const byName = (node: XmlNode, name: string): XmlNode[] => all(node, (n) => n.name === name);
const child = (node: XmlNode, name: string): XmlNode | undefined => node.children.find((c) => c.name === name);

const ROOT = path.join(__dirname, '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const doc = parseXml(fs.readFileSync(MANIFEST, 'utf8'));
const app = doc.children[0];
const resources = byName(app, 'Resources')[0];

/** Resource id → its element, across Images, Urls, ShortStrings, LongStrings. */
const resourceById = new Map<string, XmlNode>();
for (const group of resources.children) {
  for (const r of group.children) resourceById.set(r.attrs.id, r);
}

describe('manifest.xml', () => {
  it('is an Excel task pane add-in with Danish default and an English override', () => {
    expect(app.name).toBe('OfficeApp');
    expect(app.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(child(app, 'Id')?.text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(child(app, 'Version')?.text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(app, 'DefaultLocale')?.text).toBe('da-DK');
    expect(byName(child(app, 'Hosts')!, 'Host').map((h) => h.attrs.Name)).toEqual(['Workbook']);
    expect(child(app, 'Permissions')?.text).toBe('ReadWriteDocument');
    const overrides = all(app, (n) => n.name === 'Override' || n.name === 'bt:Override');
    expect(overrides.length).toBeGreaterThan(0);
    for (const o of overrides) expect(o.attrs.Locale).toBe('en-US');
  });

  it('requires ExcelApi 1.12', () => {
    const sets = byName(child(app, 'Requirements')!, 'Set');
    expect(sets).toEqual([expect.objectContaining({ attrs: { Name: 'ExcelApi', MinVersion: '1.12' } })]);
  });

  it('has unique element ids and unique resource ids', () => {
    const ids = all(app, (n) => 'id' in n.attrs && !n.name.startsWith('bt:')).map((n) => n.attrs.id);
    expect(new Set(ids).size).toBe(ids.length);
    const resIds = resources.children.flatMap((g) => g.children.map((r) => r.attrs.id));
    expect(new Set(resIds).size).toBe(resIds.length);
  });

  it('resolves every resid, and every resource is used', () => {
    const used = all(app, (n) => 'resid' in n.attrs).map((n) => n.attrs.resid);
    expect(used.length).toBeGreaterThan(0);
    for (const id of used) expect([id, resourceById.has(id)]).toEqual([id, true]);
    expect([...resourceById.keys()].filter((id) => !used.includes(id))).toEqual([]);
  });

  it('keeps strings within the schema limits (short 125, long 250)', () => {
    const check = (group: string, max: number) => {
      for (const s of byName(resources, group).flatMap((g) => g.children)) {
        const texts = [s.attrs.DefaultValue, ...s.children.map((o) => o.attrs.Value)];
        for (const t of texts) expect([s.attrs.id, t.length <= max && t.length > 0]).toEqual([s.attrs.id, true]);
      }
    };
    check('bt:ShortStrings', 125);
    check('bt:LongStrings', 250);
  });

  it('serves every URL from https://localhost:3000 and every icon exists in assets/', () => {
    const urls = all(app, (n) => 'DefaultValue' in n.attrs && /^\w+:\/\//.test(n.attrs.DefaultValue)).map(
      (n) => n.attrs.DefaultValue,
    );
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith('https://localhost:3000/')).toBe(true);
    const icons = urls.filter((u) => /\.png$/.test(u));
    expect(new Set(icons.map((u) => path.basename(u)))).toEqual(
      new Set(['icon-16.png', 'icon-32.png', 'icon-64.png', 'icon-80.png']),
    );
    for (const u of icons) {
      const file = path.join(ROOT, new URL(u).pathname);
      const png = fs.readFileSync(file);
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      // The size in the file name is the PNG's real width and height (IHDR).
      const size = Number(/icon-(\d+)\.png$/.exec(u)![1]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it('serves the pages the build emits', () => {
    const pages = [...resourceById.values()]
      .filter((r) => r.name === 'bt:Url')
      .map((r) => new URL(r.attrs.DefaultValue).pathname);
    expect(pages.sort()).toEqual(['/commands.html', '/taskpane.html']);
    expect(byName(app, 'SourceLocation').find((n) => n.attrs.DefaultValue)?.attrs.DefaultValue).toBe(
      'https://localhost:3000/taskpane.html',
    );
  });

  it('puts the Leverance group on Home with Valider, Opdater opsummering and Åbn panel', () => {
    const host = byName(child(app, 'VersionOverrides')!, 'Host')[0];
    expect(host.attrs['xsi:type']).toBe('Workbook');
    expect(resourceById.get(byName(host, 'FunctionFile')[0].attrs.resid)?.attrs.DefaultValue).toBe(
      'https://localhost:3000/commands.html',
    );
    const tab = byName(host, 'OfficeTab')[0];
    expect(tab.attrs.id).toBe('TabHome');
    const group = byName(tab, 'Group')[0];
    const label = (n: XmlNode) => resourceById.get(child(n, 'Label')!.attrs.resid)!.attrs.DefaultValue;
    expect(label(group)).toBe('Leverance');
    const buttons = byName(group, 'Control').map((c) => {
      const action = child(c, 'Action')!;
      return {
        type: c.attrs['xsi:type'],
        label: label(c),
        action: action.attrs['xsi:type'],
        target:
          child(action, 'FunctionName')?.text ??
          resourceById.get(child(action, 'SourceLocation')!.attrs.resid)!.attrs.DefaultValue,
        iconSizes: byName(child(c, 'Icon')!, 'bt:Image').map((i) => i.attrs.size),
      };
    });
    expect(buttons).toEqual([
      { type: 'Button', label: 'Valider', action: 'ExecuteFunction', target: 'validate', iconSizes: ['16', '32', '80'] },
      {
        type: 'Button',
        label: 'Opdater opsummering',
        action: 'ExecuteFunction',
        target: 'summarize',
        iconSizes: ['16', '32', '80'],
      },
      {
        type: 'Button',
        label: 'Åbn panel',
        action: 'ShowTaskpane',
        target: 'https://localhost:3000/taskpane.html',
        iconSizes: ['16', '32', '80'],
      },
    ]);
  });

  it('is read by the Office tooling (office-addin-manifest) as the same add-in', () => {
    // In a child process: the package pulls in ES modules that jest's CommonJS runtime cannot load.
    const script = `require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1])
      .then((i) => process.stdout.write(JSON.stringify(i)))`;
    const info: unknown = JSON.parse(execFileSync(process.execPath, ['-e', script, MANIFEST], { cwd: ROOT, encoding: 'utf8' }));
    expect(info).toMatchObject({
      id: child(app, 'Id')!.text,
      displayName: 'Leverance',
      defaultLocale: 'da-DK',
      hosts: ['Workbook'],
      officeAppType: 'TaskPaneApp',
      defaultSettings: { sourceLocation: 'https://localhost:3000/taskpane.html' },
    });
  });
});
