"""usage: python3 native-check.py REPO_ROOT

Checks what a native executable needs, in the native-image sources that
`./mvnw package -Dnative -Dquarkus.native.sources-only=true` prepares (no GraalVM needed): the PostgreSQL kind,
reflection for every GraphQL type, entity and Jackson-read class of the service, the resources it reads at run
time, and that docker/Dockerfile.native compiles them with a builder of the GraalVM version Quarkus expects.
"""
import json, re, sys, zipfile
from pathlib import Path

root = Path(sys.argv[1])
sources = root / "target/native-sources"
classes = root / "target/classes"
passed = failed = 0


def check(ok, what):
    global passed, failed
    passed, failed = passed + bool(ok), failed + (not ok)
    print(("ok   " if ok else "FAIL ") + what)


args = (sources / "native-image.args").read_text().split()
runner = next((a for a in args if a.endswith("-runner")), None)
check(runner is not None, f"native-image.args names the executable {runner} (Dockerfile.native copies /build/*-runner)")
jar_name = args[args.index("-jar") + 1]
with zipfile.ZipFile(sources / jar_name) as jar:
    reflect = {e["name"]: e for e in json.loads(jar.read("META-INF/native-image/reflect-config.json"))}
    resource_patterns = [r["pattern"] for r in json.loads(jar.read("META-INF/native-image/resource-config.json"))
                         ["resources"]["includes"]]
    props = jar.read("application.properties").decode() if "application.properties" in jar.namelist() else ""

check(re.search(r"^quarkus\.datasource\.db-kind=postgresql$", props, re.M),
      "native build is the PostgreSQL build (quarkus.datasource.db-kind=postgresql)")

# GraalVM version of the sources vs the builder image of the Dockerfile's first stage.
graal = (sources / "graalvm.version").read_text().strip()
builder = re.search(r"^FROM\s+(\S*mandrel-builder-image:jdk-(\d+))", (root / "docker/Dockerfile.native").read_text(), re.M)
check(builder and graal.split(".")[0] == builder.group(2),
      f"builder {builder.group(1) if builder else '?'} matches the GraalVM version Quarkus prepared for ({graal})")

# Service classes that must be reflectively accessible: GraphQL types and APIs, JPA entities, Jackson-read seed.
# Classes that name GraphQL annotations without being GraphQL types: a build-time CDI extension, an observer of
# SmallRye's resolver events and an interceptor that reads the resolvers' annotations (ArC wires them without
# reflection; the resolvers they look at are registered as GraphQL APIs).
not_types = {"io.newsgraph.common.ErrorBoundaryForEveryApi", "io.newsgraph.security.ResolverAccess",
             "io.newsgraph.graphql.OperationTimer"}
generated = re.compile(r"(_Bean|_ClientProxy|_Subclass|_Observer_.*|_InterceptorInitMap|_ProducerMethod_.*|\$\$.*|_)$")
needed = {}
for f in sorted(classes.rglob("*.class")):
    name = str(f.relative_to(classes))[:-6].replace("/", ".")
    if generated.search(name) or name in not_types:
        continue
    data = f.read_bytes()
    if b"org/eclipse/microprofile/graphql/" in data and b"RuntimeVisibleAnnotations" in data:
        needed[name] = "GraphQL"
    if b"Ljakarta/persistence/Entity;" in data:
        needed[name] = "entity"
    if name.startswith("io.newsgraph.seed.SeedData"):
        needed[name] = "Jackson (seed.json)"


def superclass(data):
    """The superclass's binary name, read from the class file's constant pool."""
    pool, i, n = {}, 10, int.from_bytes(data[8:10], "big")
    k = 1
    while k < n:
        tag = data[i]
        if tag == 1:
            size = int.from_bytes(data[i + 1:i + 3], "big")
            pool[k] = data[i + 3:i + 3 + size].decode("utf-8", "replace")
            i += 3 + size
        elif tag == 7:
            pool[k] = ("class", int.from_bytes(data[i + 1:i + 3], "big"))
            i += 3
        else:
            i += {3: 5, 4: 5, 5: 9, 6: 9, 8: 3, 9: 5, 10: 5, 11: 5, 12: 5, 15: 4, 16: 3, 17: 5, 18: 5, 19: 3, 20: 3}[tag]
        k += 2 if tag in (5, 6) else 1
    ref = int.from_bytes(data[i + 4:i + 6], "big")
    return pool[pool[ref][1]].replace("/", ".") if ref else None


# A registered type's own superclasses must be registered too: GraphQL reads inherited getters and fields
# (Connection.getTotalCount, VersionedRef.id), and registering a class does not register its parents.
for name in list(needed):
    parent = superclass((classes / (name.replace(".", "/") + ".class")).read_bytes())
    while parent and parent.startswith("io.newsgraph."):
        needed.setdefault(parent, f"superclass of {name}")
        parent = superclass((classes / (parent.replace(".", "/") + ".class")).read_bytes())
for name, why in needed.items():
    entry = reflect.get(name, {})
    ok = entry.get("allDeclaredConstructors") and (entry.get("allDeclaredMethods") or why == "entity")
    check(ok, f"{name} registered for reflection ({why})")

# Resources read at run time are in the image.
def java_regex(pattern):
    """GraalVM's resource patterns are Java regexes, quoting literals with \\Q...\\E."""
    return re.sub(r"\\Q(.*?)\\E", lambda m: re.escape(m.group(1)), pattern)


# The native build is the PostgreSQL one: another database's migrations (db/vendor/h2) are not read by it.
for f in sorted(list((root / "src/main/resources/seed").rglob("*")) + list((root / "src/main/resources/db").rglob("*"))):
    rel = str(f.relative_to(root / "src/main/resources"))
    if f.is_file() and not (rel.startswith("db/vendor/") and not rel.startswith("db/vendor/postgresql/")):
        check(any(re.fullmatch(java_regex(p), rel) for p in resource_patterns), f"resource {rel} included")

print(f"native: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
