/**
 * The messages a `context.sync()` exchanges with Excel, shaped as Office.js's RichApi runtime
 * builds them, so the fake counts what Excel on the web counts against its 5 MB limits:
 *
 *   request  {"Actions":[{"Id":7,"ActionType":4,"Name":"Values","ObjectPathId":5,
 *              "ArgumentInfo":{"Arguments":[[["a"]]]}}, …],
 *             "ObjectPaths":{"5":{"Id":5,"ObjectPathType":3,"Name":"GetRange",
 *              "ParentObjectPathId":3,"ArgumentInfo":{"Arguments":["A1"]}}, …}}
 *   response {"Results":[{"ActionId":9,"Value":{"Values":[["a"]]}}, …]}
 *
 * Every proxy object the code makes (`getRange(…)`, `.format`, `.font`, `getItem(…)`) is an
 * object path plus an Instantiate action; a property write is a SetProperty action, a call a
 * Method action, a `load` a Query action whose result carries the properties by their
 * PascalCase names (collections as `_Items`). Every path an action refers to travels with the
 * request, with its ancestors, once per request. (Proxies passed as arguments, like the range
 * given to `freezeAt`, are not counted: the adapter passes few, and only in small requests.)
 */

export const ActionType = { Instantiate: 1, Query: 2, Method: 3, SetProperty: 4 } as const;
export const PathType = { GlobalObject: 1, Method: 3, Property: 4, Indexer: 5 } as const;

export interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments: unknown[] };
}

export interface ObjectPath {
  info: ObjectPathInfo;
  parent: ObjectPath | null;
}

export interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments: unknown[] };
  QueryInfo?: { Select: string[]; Expand: string[] };
}

export interface PendingAction {
  info: ActionInfo;
  path: ObjectPath;
  /** Runs at sync; what it returns (other than undefined) is the action's result value. */
  apply?: () => unknown;
}

/** `values` → `Values`, `getRange` → `GetRange`: the names as the runtime sends them. */
export function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Ids are shared by paths and actions, as in Office.js (one counter per request context). */
export class RequestQueue {
  private nextId = 1;
  private pending: PendingAction[] = [];

  path(parent: ObjectPath | null, type: number, name: string, args?: unknown[]): ObjectPath {
    const info: ObjectPathInfo = { Id: this.nextId++, ObjectPathType: type, Name: name };
    if (parent) info.ParentObjectPathId = parent.info.Id;
    if (args !== undefined) info.ArgumentInfo = { Arguments: args };
    return { info, parent };
  }

  act(type: number, name: string, path: ObjectPath, extra: { args?: unknown[]; select?: string[] }, apply?: () => unknown): void {
    const info: ActionInfo = { Id: this.nextId++, ActionType: type, Name: name, ObjectPathId: path.info.Id };
    if (extra.args !== undefined) info.ArgumentInfo = { Arguments: extra.args };
    if (extra.select !== undefined) info.QueryInfo = { Select: extra.select, Expand: [] };
    this.pending.push({ info, path, apply });
  }

  get size(): number {
    return this.pending.length;
  }

  take(): PendingAction[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }
}

/** The request body of a batch of actions: the actions, and every path they use with its ancestors. */
export function requestBody(actions: PendingAction[]): { Actions: ActionInfo[]; ObjectPaths: Record<number, ObjectPathInfo> } {
  const paths: Record<number, ObjectPathInfo> = {};
  for (const action of actions) {
    for (let p: ObjectPath | null = action.path; p && !(p.info.Id in paths); p = p.parent) {
      paths[p.info.Id] = p.info;
    }
  }
  return { Actions: actions.map((a) => a.info), ObjectPaths: paths };
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

/** Bytes of a message as UTF-8 JSON. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value ?? null) ?? 'null');
}
