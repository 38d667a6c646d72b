"""usage: python3 copy-check.py CONTEXT Dockerfile...

Every path a Dockerfile copies from the build context must exist there (after the build) and get past
.dockerignore; a COPY --from=STAGE must name a stage of the same Dockerfile.
"""
import fnmatch, glob, os, re, shlex, sys

context, dockerfiles = sys.argv[1], sys.argv[2:]
passed = failed = 0


def check(ok, what):
    global passed, failed
    passed, failed = passed + bool(ok), failed + (not ok)
    print(("ok   " if ok else "FAIL ") + what)


def ignore_rules():
    rules = []
    path = os.path.join(context, ".dockerignore")
    for line in open(path).read().splitlines() if os.path.exists(path) else []:
        line = line.strip()
        if line and not line.startswith("#"):
            negate = line.startswith("!")
            rules.append((negate, os.path.normpath(line.lstrip("!").strip("/"))))
    return rules


def segments_match(pattern, path):
    """Docker's matching: '*' stays within one path segment, '**' spans any number."""
    rx = "".join(".*" if part == "**" else fnmatch.translate(part)[4:-3] for part in re.split(r"(\*\*)", pattern))
    rx = rx.replace(".*", "[^/]*") if "**" not in pattern else rx
    return re.fullmatch(rx, path) is not None


def ignored(rel, rules):
    """Last matching rule wins; a rule matching a parent directory matches everything below it."""
    parts = rel.split("/")
    result = False
    for negate, pattern in rules:
        if any(segments_match(pattern, "/".join(parts[:i])) for i in range(1, len(parts) + 1)):
            result = not negate
    return result


rules = ignore_rules()
for df in dockerfiles:
    text = re.sub(r"\\\n", " ", open(df).read())
    stages = set(re.findall(r"^\s*FROM\s+\S+\s+AS\s+(\S+)", text, re.M | re.I))
    for m in re.finditer(r"^\s*(COPY|ADD)\s+(.*)$", text, re.M | re.I):
        words = shlex.split(m.group(2))
        flags = [w for w in words if w.startswith("--")]
        sources = [w for w in words if not w.startswith("--")][:-1]
        stage = next((f.split("=", 1)[1] for f in flags if f.startswith("--from=")), None)
        if stage:
            check(stage in stages, f"{df}: COPY --from={stage} names a stage of the file")
            continue
        for src in sources:
            matches = glob.glob(os.path.join(context, src))
            files = [f for p in matches for f in ([p] if os.path.isfile(p) else
                     [os.path.join(d, n) for d, _, ns in os.walk(p) for n in ns])]
            # a wildcard beside another source may match nothing (Docker copies the rest): an optional file
            optional = any(c in src for c in "*?[") and len(sources) > 1
            check(bool(files) or optional, f"{df}: {src} exists after the build ({len(files)} files)")
            shut_out = [f for f in files if ignored(os.path.relpath(f, context), rules)]
            check((files or optional) and not shut_out, f"{df}: {src} passes .dockerignore"
                  + (f" (excluded: {os.path.relpath(shut_out[0], context)})" if shut_out else ""))
    # Nothing but build output is sent: the sources, .git and the like stay out of the context.
for probe in ["pom.xml", "src/main/java", ".git", "README.md", "target/classes"]:
    check(ignored(probe, rules), f".dockerignore keeps {probe} out of the build context")

print(f"copy: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
