/**
 * Compares a JSON value with a TypeScript type, key by key and recursively, for the key-walk
 * test. The type comes from the TypeScript compiler (`npm:typescript`, tests only).
 */
import ts from "./_typescript.ts";

/** A difference between an answer and its type. */
export interface KeyIssue {
  /** `extra` (the model lacks the key), `missing` (a required key is absent), `type`. */
  readonly kind: "extra" | "missing" | "type";
  /** The key path, arrays as `[]`. */
  readonly path: string;
  /** What was expected or found. */
  readonly detail: string;
}

/** What one walk found. */
export interface WalkResult {
  readonly issues: KeyIssue[];
  /** Key paths compared (arrays as `[]`). */
  readonly paths: Set<string>;
  /** Key paths whose declared type is `unknown` or `any` (untyped). */
  readonly untyped: Set<string>;
}

/** Walks JSON values against types with one checker. */
export class TypeWalker {
  constructor(private readonly checker: ts.TypeChecker) {}

  /**
   * Compares `value` with `type`.
   *
   * @param value the decoded answer
   * @param type the declared type
   * @returns the differences and the paths compared
   */
  walk(value: unknown, type: ts.Type): WalkResult {
    const result: WalkResult = { issues: [], paths: new Set(), untyped: new Set() };
    this.visit(value, type, "$", result);
    return result;
  }

  private visit(value: unknown, type: ts.Type, path: string, out: WalkResult): void {
    out.paths.add(path);
    if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) {
      out.untyped.add(path);
      return;
    }
    const members = type.isUnion() ? type.types : [type];
    if (value === null) {
      if (!members.some((t) => t.flags & ts.TypeFlags.Null)) {
        out.issues.push({ kind: "type", path, detail: `null, declared ${this.name(type)}` });
      }
      return;
    }
    const candidates = members.filter((t) => this.accepts(value, t));
    if (candidates.length === 0) {
      out.issues.push({
        kind: "type",
        path,
        detail: `${Array.isArray(value) ? "array" : typeof value}, declared ${this.name(type)}`,
      });
      return;
    }
    if (typeof value !== "object") return;
    if (Array.isArray(value) && candidates.length === 1 && candidates[0].isIntersection()) {
      this.visitArrayIntersection(value, candidates[0], path, out);
      return;
    }
    // Objects and arrays: the member that fits best.
    let best: WalkResult | undefined;
    for (const candidate of candidates) {
      const trial: WalkResult = { issues: [], paths: new Set(), untyped: new Set() };
      if (Array.isArray(value)) this.visitArray(value, candidate, path, trial);
      else this.visitObject(value as Record<string, unknown>, candidate, path, trial);
      if (!best || trial.issues.length < best.issues.length) best = trial;
      if (best.issues.length === 0) break;
    }
    out.issues.push(...best!.issues);
    for (const p of best!.paths) out.paths.add(p);
    for (const p of best!.untyped) out.untyped.add(p);
  }

  private accepts(value: unknown, type: ts.Type): boolean {
    const f = type.flags;
    if (f & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return true;
    if (Array.isArray(value)) return this.elementType(type) !== undefined;
    switch (typeof value) {
      case "string":
        return (f & ts.TypeFlags.StringLike) !== 0 &&
          (!type.isStringLiteral() || type.value === value);
      case "number":
        return (f & ts.TypeFlags.NumberLike) !== 0 &&
          (!type.isNumberLiteral() || type.value === value);
      case "boolean":
        return (f & ts.TypeFlags.BooleanLike) !== 0 &&
          (!(f & ts.TypeFlags.BooleanLiteral) ||
            this.checker.typeToString(type) === String(value));
      case "object":
        return (f & ts.TypeFlags.Object) !== 0 && this.elementType(type) === undefined ||
          (f & ts.TypeFlags.Intersection) !== 0;
      default:
        return false;
    }
  }

  /**
   * `A[] & B[]` (an include narrowing a list): the items must fit every member; a key is extra
   * only when no member declares it.
   */
  private visitArrayIntersection(
    value: unknown[],
    type: ts.IntersectionType,
    path: string,
    out: WalkResult,
  ): void {
    const trials = type.types.map((member) => {
      const trial: WalkResult = { issues: [], paths: new Set(), untyped: new Set() };
      this.visitArray(value, member, path, trial);
      return trial;
    });
    const extra = (t: WalkResult) =>
      new Set(t.issues.filter((i) => i.kind === "extra").map((i) => i.path));
    const extraEverywhere = trials.map(extra).reduce((a, b) =>
      new Set([...a].filter((p) => b.has(p)))
    );
    const seen = new Set<string>();
    for (const trial of trials) {
      for (const issue of trial.issues) {
        if (issue.kind === "extra" && !extraEverywhere.has(issue.path)) continue;
        const key = `${issue.kind} ${issue.path}`;
        if (!seen.has(key)) out.issues.push(issue);
        seen.add(key);
      }
      for (const p of trial.paths) out.paths.add(p);
      for (const p of trial.untyped) out.untyped.add(p);
    }
  }

  private elementType(type: ts.Type): ts.Type | undefined {
    if (type.isIntersection()) {
      const elements = type.types.map((t) => this.elementType(t));
      return elements.every((e) => e !== undefined) ? elements[0] : undefined;
    }
    if (this.checker.isArrayType(type) || this.checker.isTupleType(type)) {
      const args = this.checker.getTypeArguments(type as ts.TypeReference);
      return args[0];
    }
    return undefined;
  }

  private visitArray(value: unknown[], type: ts.Type, path: string, out: WalkResult): void {
    const element = this.elementType(type)!;
    for (const item of value) this.visit(item, element, `${path}[]`, out);
  }

  private visitObject(
    value: Record<string, unknown>,
    type: ts.Type,
    path: string,
    out: WalkResult,
  ): void {
    const props = new Map(this.checker.getPropertiesOfType(type).map((p) => [p.name, p]));
    const index = this.checker.getIndexInfoOfType(type, ts.IndexKind.String);
    for (const [key, item] of Object.entries(value)) {
      const prop = props.get(key);
      const at = `${path}.${key}`;
      if (prop) {
        this.visit(item, this.checker.getTypeOfSymbol(prop), at, out);
      } else if (index) {
        this.visit(item, index.type, `${path}.*`, out);
      } else {
        out.paths.add(at);
        out.issues.push({ kind: "extra", path: at, detail: `not in ${this.name(type)}` });
      }
    }
    for (const [key, prop] of props) {
      if (key in value || prop.flags & ts.SymbolFlags.Optional) continue;
      const at = `${path}.${key}`;
      out.paths.add(at);
      out.issues.push({ kind: "missing", path: at, detail: `required by ${this.name(type)}` });
    }
  }

  private name(type: ts.Type): string {
    const text = this.checker.typeToString(type);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  }
}
