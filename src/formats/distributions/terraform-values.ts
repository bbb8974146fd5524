// Terraform values as Terraform resolves them in one root module (one directory): `var.x` from the
// variable's `default`, overridden by `terraform.tfvars`, overridden by `*.auto.tfvars` in lexical order
// (developer.hashicorp.com/terraform/language/values/variables, "Variable definition precedence": environment
// variables, then terraform.tfvars, then terraform.tfvars.json, then *.auto.tfvars / *.auto.tfvars.json in
// lexical order of their names, then -var / -var-file on the command line, later sources taking precedence),
// and `local.x` from a `locals` block of any file of the directory. Only literals are resolved: a function
// call, a ternary, a reference to a resource, a TF_VAR_ environment variable or a -var flag are out of reach
// and the value stays hidden (the fail-closed rules apply).
//
// A directory is built from the files of one change (and, when the change source can read them, the unchanged
// files of the same directory: `complete`). Each file keeps a small record, never its text.

import type { Problem, Span } from '../../model.js';
import type { SettingContext } from '../toolkit/read-values.js';
import type { HclExpr } from './terraform-hcl.js';

export type TfFileKind = 'tf' | 'tfvars' | 'auto-tfvars' | 'named-tfvars';

/** How Terraform loads a file of a directory, from its name; null for files Terraform does not read. */
export function terraformFileKind(path: string): TfFileKind | null {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (base.endsWith('.tf')) return 'tf';
  if (base === 'terraform.tfvars') return 'tfvars';
  if (base.endsWith('.auto.tfvars')) return 'auto-tfvars';
  if (base.endsWith('.tfvars')) return 'named-tfvars';
  return null;
}

export function terraformDirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** An argument that carries a Service range, pod range or DNS address (a resource argument or a module input). */
export interface TfArgument {
  file: string;
  expr: HclExpr;
  subject: string;
  ctx: SettingContext;
  role: 'service-range' | 'pod-range' | 'dns-address';
  /** e.g. 'kubernetes_network_config.service_ipv4_cidr', 'module.eks.cluster_service_ipv4_cidr'. */
  setting: string;
  /** GKE: the value names a secondary range of the subnetwork, whose ip_cidr_range is the Service range. */
  rangeName?: boolean;
  /** Immutable wording for this argument (overrides the context's). */
  immutable?: string;
}

/** A `google_compute_subnetwork` `secondary_ip_range { range_name, ip_cidr_range }`. */
export interface TfSecondaryRange {
  file: string;
  subnetwork: string;
  name: HclExpr;
  cidr: HclExpr;
}

/** What one file of a directory contributes; small, the text is not kept. */
export interface TfFileRecord {
  path: string;
  kind: TfFileKind;
  /** False for an unchanged file read from the tree next to the change. */
  inChange: boolean;
  /** `variable "x" { default = … }` (declared variables without a default are in `declared` only). */
  defaults: Map<string, HclExpr>;
  declared: Set<string>;
  /** `x = …` of a tfvars file. */
  assignments: Map<string, HclExpr>;
  locals: Map<string, HclExpr>;
  args: TfArgument[];
  ranges: TfSecondaryRange[];
  /** Problems of the file's own structure (HCL syntax, dynamic blocks), reported by the file itself. */
  problems: Problem[];
}

export type Resolved =
  | { kind: 'value'; text: string; file: string; span: Span; via: string[] }
  | { kind: 'absent'; via: string[] }
  | { kind: 'hidden'; raw: string; reason: string; file: string; span: Span; via: string[] };

/** References deeper than this (or circular) are not followed. */
const MAX_REFERENCE_DEPTH = 8;

const REFERENCE = /^(var|local)\.([A-Za-z_][A-Za-z0-9_-]*)$/;

export class TerraformDirectory {
  constructor(
    readonly files: readonly TfFileRecord[],
    /** True when every file of the directory is here (the unchanged ones read from the tree). */
    readonly complete: boolean,
  ) {}

  record(path: string): TfFileRecord | undefined {
    return this.files.find((f) => f.path === path);
  }

  /**
   * The definition Terraform uses for `var.name`. `analysing` is the file being read: a named tfvars file
   * (`prod.tfvars`) is loaded only with -var-file, which then wins over every other source, so it is taken as the
   * value when that file itself is read, and ignored otherwise.
   */
  variable(name: string, analysing: string): { expr: HclExpr; file: string } | undefined {
    const own = this.record(analysing);
    if (own?.kind === 'named-tfvars' && own.assignments.has(name)) return { expr: own.assignments.get(name)!, file: own.path };
    const auto = this.files
      .filter((f) => f.kind === 'auto-tfvars' && f.assignments.has(name))
      .sort((a, b) => baseName(a.path).localeCompare(baseName(b.path), 'en'));
    if (auto.length) return { expr: auto[auto.length - 1].assignments.get(name)!, file: auto[auto.length - 1].path };
    const tfvars = this.files.find((f) => f.kind === 'tfvars' && f.assignments.has(name));
    if (tfvars) return { expr: tfvars.assignments.get(name)!, file: tfvars.path };
    const def = this.files.find((f) => f.kind === 'tf' && f.defaults.has(name));
    return def ? { expr: def.defaults.get(name)!, file: def.path } : undefined;
  }

  local(name: string): { expr: HclExpr; file: string } | undefined {
    const f = this.files.find((r) => r.kind === 'tf' && r.locals.has(name));
    return f ? { expr: f.locals.get(name)!, file: f.path } : undefined;
  }

  /** True when some argument in reach reads `var.name` directly. */
  usesVariable(name: string): boolean {
    return this.files.some(
      (f) => f.args.some((a) => a.expr.raw.includes(`var.${name}`)) || [...f.locals.values()].some((e) => e.raw.includes(`var.${name}`)),
    );
  }

  /** Resolves an expression standing in `file` to a literal, as seen when `analysing` is read. */
  resolve(expr: HclExpr, file: string, analysing: string, via: string[] = [], depth = 0): Resolved {
    if (expr.kind === 'string') return { kind: 'value', text: expr.value, file, span: expr.span, via };
    if (expr.kind === 'template') return { kind: 'hidden', raw: expr.raw, reason: `templated (${expr.expression})`, file, span: expr.span, via };
    if (expr.kind === 'list') {
      const parts: string[] = [];
      let at: { file: string; span: Span } | null = null;
      for (const item of expr.items) {
        const r = this.resolve(item, file, analysing, via, depth);
        if (r.kind === 'hidden') return r;
        if (r.kind === 'absent') return { kind: 'hidden', raw: item.raw, reason: `a list item is null (${item.raw})`, file, span: item.span, via };
        if (at && at.file !== r.file)
          return { kind: 'hidden', raw: expr.raw, reason: 'the list takes its items from several files', file, span: expr.span, via };
        at ??= r.file === file ? { file, span: expr.span } : { file: r.file, span: r.span };
        parts.push(r.text);
      }
      return at
        ? { kind: 'value', text: parts.join(','), file: at.file, span: at.span, via }
        : { kind: 'value', text: '', file, span: expr.span, via };
    }
    const raw = expr.raw.trim();
    if (raw === 'null') return { kind: 'absent', via };
    const ref = REFERENCE.exec(raw);
    if (!ref) return { kind: 'hidden', raw, reason: `an expression (${raw}) the gate does not evaluate`, file, span: expr.span, via };
    const chain = [...via, raw];
    if (depth >= MAX_REFERENCE_DEPTH || via.includes(raw)) {
      return {
        kind: 'hidden',
        raw,
        reason: `${raw} refers to itself or through more than ${MAX_REFERENCE_DEPTH} references`,
        file,
        span: expr.span,
        via,
      };
    }
    const def = ref[1] === 'var' ? this.variable(ref[2], analysing) : this.local(ref[2]);
    if (!def) {
      const where =
        ref[1] === 'var'
          ? `no default, and no terraform.tfvars or *.auto.tfvars ${this.complete ? 'of this directory' : 'in the change'} sets it`
          : `no locals block ${this.complete ? 'of this directory' : 'in the change'} defines it`;
      return { kind: 'hidden', raw, reason: `${raw} has no value in reach (${where})`, file, span: expr.span, via };
    }
    return this.resolve(def.expr, def.file, analysing, chain, depth + 1);
  }
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * Names that inputs carrying a Service range use (the module inputs and the provider arguments): a tfvars value
 * or a variable default of that name, changed while no configuration in reach says where it goes, is not passed
 * silently (it becomes a hidden value, src/engine/unreadable.ts decides whether the change touches it).
 */
export const SERVICE_INPUT_NAME = /(^|_)(service_ipv4_cidr|service_cidrs?|services_ipv4_cidr_block|ip_range_services|service_cluster_ip_range)$/;
