"""The structs of a Swift file and their stored properties, as the two view
generators (scripts/generate-view-lookups, scripts/generate-template-code)
read them: by indentation, four spaces a level, which is how the view files
are written. Computed properties (`{`) are not stored, so not listed."""
import re

STRUCT = re.compile(r"^(\s*)(?:public |internal )?struct (\w+)")
# A stored property: `var name: Type` or `let name: Type`, maybe with a default; not `{` (computed).
PROPERTY = re.compile(r"^(\s*)(?:public |internal )?(?:var|let) (\w+)\s*:\s*([^={]+?)\s*(?:=[^{]*)?$")


def structs(lines):
    """[(qualified name, [(property, type text)], public)] in the order of the file, structs without properties left out."""
    found, stack = [], []
    for line in lines:
        match = STRUCT.match(line)
        if match:
            indent = len(match.group(1))
            stack = [entry for entry in stack if entry[0] < indent] + [(indent, match.group(2))]
            found.append((".".join(name for _, name in stack), indent, [], "public " in line))
            continue
        match = PROPERTY.match(line)
        if match:
            indent = len(match.group(1))
            for _, struct_indent, properties, _ in reversed(found):
                if struct_indent == indent - 4:
                    properties.append((match.group(2), match.group(3).strip()))
                    break
    return [(name, properties, public) for name, _, properties, public in found if properties]
