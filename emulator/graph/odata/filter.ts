// An OData v4 $filter parser for the subset Microsoft Graph's directory supports: a tokenizer and a
// recursive-descent parser producing a small AST. Syntax errors carry the position, as Graph's
// "Invalid filter clause" messages do; what is syntactically fine but unsupported is decided later
// (filter-eval.ts), against each collection's policy.

export type LiteralType = 'string' | 'number' | 'boolean' | 'null' | 'datetime' | 'guid';
export interface Literal {
  kind: 'literal';
  type: LiteralType;
  value: string | number | boolean | null;
}
export interface Property {
  kind: 'property';
  path: string[];
}
export interface Call {
  kind: 'call';
  name: string;
  args: Operand[];
}
export type Operand = Literal | Property | Call;
export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type FilterExpr =
  | { kind: 'and' | 'or'; left: FilterExpr; right: FilterExpr }
  | { kind: 'not'; operand: FilterExpr }
  | { kind: 'compare'; op: CompareOp; left: Operand; right: Operand }
  | { kind: 'in'; left: Operand; values: Literal[] }
  | { kind: 'call'; call: Call }
  | { kind: 'lambda'; op: 'any' | 'all'; collection: Property; variable: string; body: FilterExpr };

export class FilterSyntaxError extends Error {}

type TokenKind = 'string' | 'number' | 'datetime' | 'guid' | 'word' | '(' | ')' | ',' | '/' | ':' | 'end';
interface Token {
  kind: TokenKind;
  text: string;
  pos: number;
}

const DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w-])/i;
const NUMBER = /^-?\d+(\.\d+)?(?![\w-])/;
const WORD = /^[A-Za-z_$@][\w.$@-]*/;

export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if ('(),/:'.includes(ch)) {
      tokens.push({ kind: ch as TokenKind, text: ch, pos: i });
      i++;
      continue;
    }
    if (ch === "'") {
      const end = readString(input, i);
      tokens.push({ kind: 'string', text: input.slice(i + 1, end - 1).replace(/''/g, "'"), pos: i });
      i = end;
      continue;
    }
    const rest = input.slice(i);
    const match = (re: RegExp, kind: TokenKind): boolean => {
      const m = re.exec(rest);
      if (!m) return false;
      tokens.push({ kind, text: m[0], pos: i });
      i += m[0].length;
      return true;
    };
    if (match(GUID, 'guid') || match(DATETIME, 'datetime') || match(NUMBER, 'number') || match(WORD, 'word')) continue;
    throw new FilterSyntaxError(`Syntax error: character '${ch}' is not valid at position ${i} in '${input}'.`);
  }
  tokens.push({ kind: 'end', text: '', pos: input.length });
  return tokens;
}

function readString(input: string, start: number): number {
  let i = start + 1;
  while (i < input.length) {
    if (input[i] === "'") {
      if (input[i + 1] === "'") {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  throw new FilterSyntaxError(`There is an unterminated string literal at position ${start} in '${input}'.`);
}

const COMPARE_OPS = new Set<string>(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);

export function parseFilter(input: string): FilterExpr {
  return new Parser(input).parse();
}

class Parser {
  readonly #tokens: Token[];
  #at = 0;

  constructor(readonly input: string) {
    this.#tokens = tokenize(input);
  }

  parse(): FilterExpr {
    if (this.#peek().kind === 'end') throw this.#error('Expression expected');
    const expr = this.#or();
    if (this.#peek().kind !== 'end') throw this.#error(`Syntax error at position ${this.#peek().pos}`);
    return expr;
  }

  #peek(): Token {
    return this.#tokens[this.#at]!;
  }

  #next(): Token {
    return this.#tokens[this.#at++]!;
  }

  #isWord(word: string): boolean {
    const t = this.#peek();
    return t.kind === 'word' && t.text.toLowerCase() === word;
  }

  #expect(kind: TokenKind): Token {
    const t = this.#next();
    if (t.kind !== kind) throw this.#error(`Syntax error: '${kind}' expected at position ${t.pos}`);
    return t;
  }

  #error(what: string): FilterSyntaxError {
    return new FilterSyntaxError(`${what} in '${this.input}'.`);
  }

  #or(): FilterExpr {
    let left = this.#and();
    while (this.#isWord('or')) {
      this.#next();
      left = { kind: 'or', left, right: this.#and() };
    }
    return left;
  }

  #and(): FilterExpr {
    let left = this.#unary();
    while (this.#isWord('and')) {
      this.#next();
      left = { kind: 'and', left, right: this.#unary() };
    }
    return left;
  }

  #unary(): FilterExpr {
    if (this.#isWord('not')) {
      this.#next();
      return { kind: 'not', operand: this.#unary() };
    }
    if (this.#peek().kind === '(') {
      this.#next();
      const inner = this.#or();
      this.#expect(')');
      return inner;
    }
    return this.#predicate();
  }

  #predicate(): FilterExpr {
    const start = this.#peek();
    const left = this.#operand();
    if (left.kind === 'property' && this.#peek().kind === '/') return this.#lambda(left);
    const opToken = this.#peek();
    const op = opToken.kind === 'word' ? opToken.text.toLowerCase() : '';
    if (COMPARE_OPS.has(op)) {
      this.#next();
      return { kind: 'compare', op: op as CompareOp, left, right: this.#operand() };
    }
    if (op === 'in') {
      this.#next();
      return { kind: 'in', left, values: this.#literalList() };
    }
    if (left.kind === 'call') return { kind: 'call', call: left };
    throw this.#error(`Syntax error: operator expected after '${start.text}' at position ${opToken.pos}`);
  }

  #lambda(collection: Property): FilterExpr {
    this.#expect('/');
    const opToken = this.#expect('word');
    const op = opToken.text.toLowerCase();
    if (op !== 'any' && op !== 'all') throw this.#error(`Syntax error: 'any' or 'all' expected at position ${opToken.pos}`);
    this.#expect('(');
    const variable = this.#expect('word').text;
    this.#expect(':');
    const body = this.#or();
    this.#expect(')');
    return { kind: 'lambda', op, collection, variable, body };
  }

  #literalList(): Literal[] {
    this.#expect('(');
    const values: Literal[] = [];
    do {
      const operand = this.#operand();
      if (operand.kind !== 'literal') throw this.#error('Syntax error: literal expected in the list of in');
      values.push(operand);
    } while (this.#peek().kind === ',' && this.#next());
    this.#expect(')');
    return values;
  }

  #operand(): Operand {
    const t = this.#next();
    switch (t.kind) {
      case 'string':
        return { kind: 'literal', type: 'string', value: t.text };
      case 'number':
        return { kind: 'literal', type: 'number', value: Number(t.text) };
      case 'datetime':
        return { kind: 'literal', type: 'datetime', value: t.text };
      case 'guid':
        return { kind: 'literal', type: 'guid', value: t.text };
      case 'word':
        return this.#wordOperand(t);
      default:
        throw this.#error(`Syntax error at position ${t.pos}`);
    }
  }

  #wordOperand(t: Token): Operand {
    const lower = t.text.toLowerCase();
    if (lower === 'true' || lower === 'false') return { kind: 'literal', type: 'boolean', value: lower === 'true' };
    if (lower === 'null') return { kind: 'literal', type: 'null', value: null };
    if (this.#peek().kind === '(') return this.#call(t.text);
    const path = [t.text];
    // Property paths continue with /segment, but not into a lambda (/any( or /all().
    while (this.#peek().kind === '/' && !this.#lambdaAhead()) {
      this.#next();
      path.push(this.#expect('word').text);
    }
    return { kind: 'property', path };
  }

  #lambdaAhead(): boolean {
    const word = this.#tokens[this.#at + 1];
    const paren = this.#tokens[this.#at + 2];
    return word?.kind === 'word' && ['any', 'all'].includes(word.text.toLowerCase()) && paren?.kind === '(';
  }

  #call(name: string): Call {
    this.#expect('(');
    const args: Operand[] = [];
    if (this.#peek().kind !== ')') {
      do args.push(this.#operand());
      while (this.#peek().kind === ',' && this.#next());
    }
    this.#expect(')');
    return { kind: 'call', name: name.toLowerCase(), args };
  }
}
