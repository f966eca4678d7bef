#!/usr/bin/env node
/**
 * Derives the response schema of every API operation from the TypeScript type its controller
 * method returns (the views the services build), so the OpenAPI document describes what the code
 * actually sends. Writes apps/api/src/openapi/response-schemas.generated.json; `--check` fails
 * when that file is out of date (CI). The e2e harness validates every response against the result.
 *
 *   node scripts/openapi-responses.js          # regenerate
 *   node scripts/openapi-responses.js --check  # non-zero when a controller's types changed
 */
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const ROOT = path.resolve(__dirname, '..');
const OUTPUT = path.join(ROOT, 'apps/api/src/openapi/response-schemas.generated.json');
const HTTP_METHODS = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete']);

/** Numbers under these names are counts, years or counters: typed integer (the e2e check proves it). */
const INTEGER_NAMES =
  /^(page|pageSize|total|version|revision|size|order|year|done|checked|count|likelihood|impact|score|month|quarter|attempts|sequence|number|period|slaDays|leadDays|daysLeft|daysOverdue|revisionNumber|stepOrder|row)$|(Count|Days|Months|Total|Year|Revision|Order|Number|Attempts|Score)$/;

const SEQUENCE_IDS = /^(lastId|firstBrokenId|eventId|cursor)$/;

function controllerFiles(dir) {
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...controllerFiles(full));
    else if (entry.name.endsWith('.controller.ts')) found.push(full);
  }
  return found.sort();
}

function loadProgram(files) {
  const configPath = path.join(ROOT, 'tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  return ts.createProgram(files, parsed.options);
}

/** What a decorator calls: `Controller` of `@Controller(…)`, `Pg.uuid` of `@Pg.uuid(…)`. */
function decoratorCallee(decorator) {
  const expression = decorator.expression;
  return ts.isCallExpression(expression) ? expression.expression : expression;
}

function decoratorName(decorator) {
  const callee = decoratorCallee(decorator);
  return ts.isIdentifier(callee) ? callee.text : undefined;
}

/** `uuid` for `@Pg.uuid(…)`: the platform's column decorators are named by their PostgreSQL type. */
function platformColumnType(decorator) {
  const callee = decoratorCallee(decorator);
  return ts.isPropertyAccessExpression(callee) && callee.expression.getText() === 'Pg'
    ? callee.name.text
    : undefined;
}

function decoratorsOf(node) {
  return (ts.canHaveDecorators(node) ? ts.getDecorators(node) : undefined) ?? [];
}

function generate() {
  const program = loadProgram(controllerFiles(path.join(ROOT, 'apps/api/src')));
  const checker = program.getTypeChecker();
  const schemas = {};
  const owners = new Map(); // component name -> declaration that owns it
  const unknowns = [];

  function componentName(type, base) {
    const declaration = (type.aliasSymbol ?? type.symbol)?.declarations?.[0];
    let name = base;
    for (let n = 2; owners.has(name) && owners.get(name) !== declaration; n++) name = `${base}${n}`;
    owners.set(name, declaration);
    return name;
  }

  function named(type) {
    if (type.aliasSymbol && !type.aliasTypeArguments?.length) return type.aliasSymbol.name;
    const symbol = type.symbol;
    if (!symbol || symbol.name.startsWith('__')) return undefined;
    if (!(symbol.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface))) return undefined;
    const args = checker.getTypeArguments?.(type) ?? [];
    if (!args.length && !type.aliasTypeArguments?.length) return symbol.name;
    return undefined;
  }

  function reference(type, base, build) {
    const name = componentName(type, base);
    if (!schemas[name]) {
      schemas[name] = {}; // placeholder against recursion
      schemas[name] = build();
    }
    return { $ref: `#/components/schemas/${name}` };
  }

  function isFunction(type) {
    return type.getCallSignatures().length > 0;
  }

  function objectSchema(type, where) {
    const properties = {};
    const required = [];
    for (const property of checker.getPropertiesOfType(type)) {
      if (property.flags & (ts.SymbolFlags.Method | ts.SymbolFlags.GetAccessor | ts.SymbolFlags.SetAccessor))
        continue;
      const declaration = property.valueDeclaration ?? property.declarations?.[0];
      if (
        declaration &&
        ts.getCombinedModifierFlags(declaration) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)
      )
        continue;
      const propertyType = checker.getTypeOfSymbol(property);
      if (isFunction(propertyType)) continue;
      const optional = (property.flags & ts.SymbolFlags.Optional) !== 0;
      const derived = toSchema(propertyType, `${where}.${property.name}`, property.name);
      if (derived === undefined) continue;
      const schema = declaration ? withColumnType(derived, declaration) : derived;
      properties[property.name] = schema;
      // a nullable field may also be absent: a row created in this request has no value for it yet
      if (!optional && !acceptsUndefined(propertyType) && !schema.nullable) required.push(property.name);
    }
    const result = { type: 'object', properties };
    if (required.length) result.required = required;
    const index = checker.getIndexInfosOfType(type)[0];
    if (index) result.additionalProperties = toSchema(index.type, `${where}[]`) ?? {};
    if (!Object.keys(properties).length) delete result.properties;
    return result;
  }

  /** An entity column says what a name can only suggest: uuid, integer, calendar date, or plain text. */
  function withColumnType(schema, declaration) {
    const column = decoratorsOf(declaration).find(
      (d) => /Column$/.test(decoratorName(d) ?? '') || platformColumnType(d),
    );
    if (!column || !ts.isCallExpression(column.expression)) return schema;
    let columnType;
    for (const argument of column.expression.arguments) {
      if (ts.isStringLiteral(argument)) columnType = argument.text;
      if (ts.isObjectLiteralExpression(argument))
        for (const property of argument.properties)
          if (
            ts.isPropertyAssignment(property) &&
            property.name.getText() === 'type' &&
            ts.isStringLiteral(property.initializer)
          )
            columnType = property.initializer.text;
    }
    if (decoratorName(column) === 'PrimaryGeneratedColumn' && !columnType) columnType = 'int';
    // the platform's typed decorators (@Pg.uuid, @Pg.int, @Pg.date…) are named by the type
    columnType ??= platformColumnType(column);
    if (!columnType) return schema;
    const target = schema.anyOf ? schema : schema.type === 'array' ? schema.items : schema;
    if (!target || target.$ref || target.allOf) return schema;
    if (target.type === 'string' && !target.enum) {
      delete target.format;
      if (columnType === 'uuid') target.format = 'uuid';
      else if (columnType === 'date') target.format = 'date';
      else if (columnType.startsWith('timestamp')) target.format = 'date-time';
    }
    if (target.type === 'number' || target.type === 'integer')
      target.type = ['int', 'integer', 'smallint', 'int4', 'int2'].includes(columnType)
        ? 'integer'
        : 'number';
    return schema;
  }

  function acceptsUndefined(type) {
    return type.isUnion() && type.types.some((t) => t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void));
  }

  function withNull(schema) {
    if (schema.$ref) return { allOf: [schema], nullable: true };
    return { ...schema, nullable: true };
  }

  function toSchema(type, where, propertyName) {
    const flags = type.flags;
    if (flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)) return undefined;
    if (flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) {
      unknowns.push(where);
      return {};
    }
    if (type.isUnion()) {
      const nullable = type.types.some((t) => t.flags & ts.TypeFlags.Null);
      const members = type.types.filter(
        (t) => !(t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void)),
      );
      let schema;
      if (members.length && members.every((t) => t.flags & ts.TypeFlags.BooleanLiteral))
        schema = { type: 'boolean' };
      else if (members.length && members.every((t) => t.isStringLiteral())) {
        const values = members.map((t) => t.value);
        const alias =
          type.aliasSymbol && !type.aliasTypeArguments?.length ? type.aliasSymbol.name : undefined;
        schema =
          alias && !nullable
            ? reference(type, alias, () => ({ type: 'string', enum: values }))
            : { type: 'string', enum: values };
      } else if (members.length === 1) schema = toSchema(members[0], where, propertyName);
      else {
        const variants = members.map((t) => toSchema(t, where, propertyName)).filter(Boolean);
        const unique = [...new Map(variants.map((v) => [JSON.stringify(v), v])).values()];
        schema = unique.length === 1 ? unique[0] : { anyOf: unique };
      }
      if (schema === undefined) return undefined;
      return nullable ? withNull(schema) : schema;
    }
    if (flags & ts.TypeFlags.Null) return { nullable: true };
    if (flags & ts.TypeFlags.StringLike) {
      if (type.isStringLiteral()) return { type: 'string', enum: [type.value] };
      // ids are UUIDs (API.md), except the audit trail's and the event feed's sequence numbers
      if (propertyName && /^(id|[a-z][A-Za-z]*Id)$/.test(propertyName) && !SEQUENCE_IDS.test(propertyName))
        return { type: 'string', format: 'uuid' };
      return { type: 'string' };
    }
    if (flags & ts.TypeFlags.NumberLike) {
      if (type.isNumberLiteral())
        return { type: Number.isInteger(type.value) ? 'integer' : 'number', enum: [type.value] };
      return { type: propertyName && INTEGER_NAMES.test(propertyName) ? 'integer' : 'number' };
    }
    if (flags & ts.TypeFlags.BooleanLike) return { type: 'boolean' };
    if (flags & ts.TypeFlags.BigIntLike) return { type: 'string' };
    const symbolName = type.symbol?.name;
    if (symbolName === 'Date') return { type: 'string', format: 'date-time' };
    if (symbolName === 'Buffer' || symbolName === 'Uint8Array') return { type: 'string', format: 'binary' };
    if (checker.isArrayType(type) || checker.isTupleType(type)) {
      const args = checker.getTypeArguments(type);
      const item = args.length === 1 || checker.isArrayType(type) ? args[0] : checker.getUnionType(args);
      return { type: 'array', items: toSchema(item, `${where}[]`, singular(propertyName)) ?? {} };
    }
    if (symbolName === 'Map' || symbolName === 'Set') {
      unknowns.push(`${where} (${symbolName} does not serialise)`);
      return {};
    }
    if (flags & ts.TypeFlags.Object || type.isIntersection()) {
      if (isFunction(type)) return undefined;
      const name = named(type);
      if (name) return reference(type, name, () => objectSchema(type, name));
      const pageItem = pageItemType(type);
      if (pageItem) {
        let itemSchema = toSchema(pageItem, `${where}.items[]`);
        if (!itemSchema.$ref && itemSchema.type === 'object') {
          const [controller, method] = where.split('.');
          const base = `${controller.replace(/Controller$/, '')}${method[0].toUpperCase()}${method.slice(1)}Item`;
          const inline = itemSchema;
          itemSchema = reference(pageItem, base, () => inline);
        }
        const itemName = itemSchema.$ref ? itemSchema.$ref.split('/').pop() : undefined;
        if (itemName)
          return reference(type, `${itemName.replace(/View$/, '')}Page`, () => pageSchema(itemSchema));
        return pageSchema(itemSchema);
      }
      return objectSchema(type, where);
    }
    unknowns.push(`${where} (${checker.typeToString(type)})`);
    return {};
  }

  function singular(name) {
    return name?.endsWith('s') ? name.slice(0, -1) : name;
  }

  function pageItemType(type) {
    const alias = type.aliasSymbol?.name ?? type.symbol?.name;
    if (alias !== 'Page') return undefined;
    const items = checker.getPropertyOfType(type, 'items');
    if (!items) return undefined;
    const itemsType = checker.getTypeOfSymbol(items);
    return checker.isArrayType(itemsType) ? checker.getTypeArguments(itemsType)[0] : undefined;
  }

  function pageSchema(itemSchema) {
    return {
      type: 'object',
      description: 'Một trang kết quả',
      properties: {
        items: { type: 'array', items: itemSchema },
        page: { type: 'integer', minimum: 1, example: 1 },
        pageSize: { type: 'integer', minimum: 1, maximum: 100, example: 20 },
        total: { type: 'integer', minimum: 0, example: 123 },
      },
      required: ['items', 'page', 'pageSize', 'total'],
    };
  }

  const operations = {};
  for (const file of program.getSourceFiles()) {
    if (!file.fileName.endsWith('.controller.ts') || !file.fileName.startsWith(path.join(ROOT, 'apps')))
      continue;
    for (const statement of file.statements) {
      if (!ts.isClassDeclaration(statement) || !statement.name) continue;
      if (!decoratorsOf(statement).some((d) => decoratorName(d) === 'Controller')) continue;
      const controller = statement.name.text;
      const isPublic = decoratorsOf(statement).some((d) => decoratorName(d) === 'Public');
      for (const member of statement.members) {
        if (!ts.isMethodDeclaration(member) || !member.name || !ts.isIdentifier(member.name)) continue;
        if (!decoratorsOf(member).some((d) => HTTP_METHODS.has(decoratorName(d)))) continue;
        const method = member.name.text;
        const signature = checker.getSignatureFromDeclaration(member);
        const returned = checker.getReturnTypeOfSignature(signature);
        const awaited = checker.getAwaitedType(returned) ?? returned;
        const where = `${controller}.${method}`;
        let schema = toSchema(awaited, where);
        if (schema && schema.type === 'array' && schema.items.$ref) {
          const item = schema.items.$ref.split('/').pop().replace(/View$/, '');
          const list = schema;
          schema = reference(awaited, `${item}List`, () => list);
        } else if (schema && !schema.$ref) {
          const name = `${controller.replace(/Controller$/, '')}${method[0].toUpperCase()}${method.slice(1)}Response`;
          const inline = schema;
          schemas[name] = inline;
          schema = { $ref: `#/components/schemas/${name}` };
        }
        const parameterDecorators = member.parameters.flatMap((p) => decoratorsOf(p).map(decoratorName));
        const methodDecorators = decoratorsOf(member).map(decoratorName);
        const produces = decoratorsOf(member)
          .filter((d) => decoratorName(d) === 'ApiProduces' && ts.isCallExpression(d.expression))
          .flatMap((d) => d.expression.arguments.map((a) => checker.getTypeAtLocation(a)))
          .filter((t) => t.isStringLiteral())
          .map((t) => t.value)
          .filter((type) => type !== 'application/json');
        operations[`${controller.replace(/Controller$/, '')}_${method}`] = {
          response: schema ?? null,
          ifMatch: parameterDecorators.includes('ExpectedVersion'),
          ...(produces.length ? { produces } : {}),
          public: isPublic || methodDecorators.includes('Public'),
        };
      }
    }
  }
  const sorted = (object) =>
    Object.fromEntries(Object.entries(object).sort(([a], [b]) => a.localeCompare(b)));
  return { result: { schemas: sorted(schemas), operations: sorted(operations) }, unknowns };
}

const { result, unknowns } = generate();
const text = `${JSON.stringify(result, null, 2)}\n`;
if (unknowns.length) {
  console.error(`types without a schema (typed any/unknown):\n  ${unknowns.join('\n  ')}`);
}
if (process.argv.includes('--check')) {
  const current = fs.existsSync(OUTPUT) ? fs.readFileSync(OUTPUT, 'utf8') : '';
  if (current !== text) {
    console.error(`${path.relative(ROOT, OUTPUT)} is out of date: run node scripts/openapi-responses.js`);
    process.exit(1);
  }
} else {
  fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
  fs.writeFileSync(OUTPUT, text);
  console.log(
    `${Object.keys(result.operations).length} operations, ${Object.keys(result.schemas).length} schemas → ${path.relative(ROOT, OUTPUT)}`,
  );
}
