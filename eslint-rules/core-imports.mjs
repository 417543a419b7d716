import path from "node:path";

/**
 * The dependency rule: a file under the core's folder imports only files under that folder and the
 * libraries the core declares. Every way in counts: import, import type, export ... from, import(),
 * import("x").Type, import x = require("x"), and require().
 */
export const coreImports = {
  meta: {
    type: "problem",
    docs: { description: "Imports into the core stay in the core or come from its declared libraries." },
    schema: [
      {
        type: "object",
        properties: {
          root: { type: "string" },
          allow: { type: "array", items: { type: "string" } },
        },
        required: ["root", "allow"],
        additionalProperties: false,
      },
    ],
    messages: {
      leavesCore: '"{{specifier}}" is outside {{root}}: the core imports nothing from the adapters.',
      undeclared: '"{{specifier}}" is not a library the core declares ({{allowed}}).',
      notLiteral: "The core imports only by a literal path, which this rule can check.",
    },
  },
  create(context) {
    const { root, allow } = context.options[0];
    const coreRoot = path.resolve(context.cwd, root);
    const folder = path.dirname(path.resolve(context.cwd, context.filename));

    function check(node) {
      const specifier = literalText(node);
      if (specifier === null) {
        context.report({ node, messageId: "notLiteral" });
      } else if (isPath(specifier)) {
        const inside = path.relative(coreRoot, path.resolve(folder, specifier));
        if (inside.startsWith("..") || path.isAbsolute(inside)) {
          context.report({ node, messageId: "leavesCore", data: { specifier, root } });
        }
      } else if (!allow.includes(packageName(specifier))) {
        context.report({ node, messageId: "undeclared", data: { specifier, allowed: allow.join(", ") } });
      }
    }

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => node.source && check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportType: (node) =>
        check(node.argument.type === "TSLiteralType" ? node.argument.literal : node.argument),
      TSExternalModuleReference: (node) => check(node.expression),
      CallExpression: (node) => {
        if (node.callee.type === "Identifier" && node.callee.name === "require") check(node.arguments[0]);
      },
    };
  },
};

function literalText(node) {
  if (node?.type === "Literal" && typeof node.value === "string") return node.value;
  if (node?.type === "TemplateLiteral" && node.expressions.length === 0) return node.quasis[0].value.cooked;
  return null;
}

function isPath(specifier) {
  return specifier.startsWith(".") || specifier.startsWith("/") || path.isAbsolute(specifier);
}

/** "zod/v4" -> "zod", "@scope/name/sub" -> "@scope/name", "node:fs" -> "node:fs". */
function packageName(specifier) {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}
