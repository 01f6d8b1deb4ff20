# oracle.py - Alembic (Debian's python3-alembic) as an oracle for
# test/oracle.test: seeded random revision graphs and command sequences,
# and Alembic's results on them.
#
#   python3 oracle.py gen SEED NGRAPHS NCOMMANDS > spec.json
#       Draw NGRAPHS graphs, each with NCOMMANDS commands, from SEED.
#       Graph i is drawn from its own seed (SEED*1000+i), so that one graph
#       can be drawn again alone.
#   python3 oracle.py alembic DIR < spec.json > results.json
#       Write each graph as an Alembic project under DIR/g<i>/alembic and
#       run its commands, in order, on the database DIR/g<i>/alembic.db, all
#       in this one process.  Print, for each graph, one result per command.
#
# A spec is {"seed": S, "graphs": [GRAPH, ...]}; a GRAPH is
#   {"index": i, "seed": s,
#    "revisions": [{"id": ID, "down": [ID...], "labels": [L...],
#                   "deps": [ID or L...]}, ...],
#    "commands": [[VERB, TARGET], ...]}
# with VERB one of upgrade, downgrade, stamp.
#
# Every revision's upgrade inserts a row (its id) into oracle_applied and a
# row (id, 'up') into oracle_steps; its downgrade deletes one such
# oracle_applied row and inserts (id, 'down') into oracle_steps.  A result
# is {"ok": true|false, "rows": [version rows, sorted], "applied":
# [oracle_applied, sorted], "steps": ["ID:up"|"ID:down", ... in the order
# run], "unchanged": true|false (the database as before the command),
# "error": first line of Alembic's exception, "warnings": [...]}.
#
# Alembic runs each command inside one transaction of the test's own
# (transactional DDL on pysqlite), rolled back when the command raises, so
# that a failing command leaves the database as it found it, as the
# extension does.  Alembic lists its version files in the order
# os.listdir() gives; here they are listed sorted by name (the revision
# id), so that its results do not depend on the file system.
import json
import os
import random
import shutil
import sys
import warnings

HEX = "0123456789abcdef"


# ---------------------------------------------------------------- graphs

def ancestors(revs, rid, deps=True):
    """rid and everything below it (through down, and deps if asked)."""
    by_id = {r["id"]: r for r in revs}
    label = {l: r["id"] for r in revs for l in r["labels"]}
    seen, todo = set(), [rid]
    while todo:
        x = todo.pop()
        if x in seen:
            continue
        seen.add(x)
        r = by_id[x]
        todo.extend(r["down"])
        if deps:
            todo.extend(label.get(d, d) for d in r["deps"])
    return seen


def new_id(rng, used):
    while True:
        # a small first-character alphabet: prefixes are often shared
        rid = rng.choice("abc") + "".join(rng.choice(HEX) for _ in range(5))
        if rid not in used:
            used.add(rid)
            return rid


def gen_graph(rng, index, seed):
    n = rng.randint(4, 11)
    max_roots = rng.choice([1, 2, 2, 3])
    revs, used, labels = [], set(), []
    for i in range(n):
        rid = new_id(rng, used)
        kids = {p for r in revs for p in r["down"]}
        heads = [r["id"] for r in revs if r["id"] not in kids]
        roots = [r for r in revs if not r["down"]]
        u = rng.random()
        if not revs or (len(roots) < max_roots and u < 0.25):
            down = []
        elif len(heads) >= 2 and u < 0.45:
            down = merge_parents(rng, revs, heads)
        elif u < 0.75 and heads:
            down = [rng.choice(heads)]
        else:
            down = [rng.choice(revs)["id"]]
        rev = {"id": rid, "down": down, "labels": [], "deps": []}
        if rng.random() < 0.3:
            lab = "lb" + "xyzuvw"[len(labels) % 6] + str(len(labels) // 6)
            labels.append(lab)
            rev["labels"].append(lab)
        if revs and rng.random() < 0.25:
            rev["deps"] = pick_deps(rng, revs, down)
        revs.append(rev)
    return {"index": index, "seed": seed, "revisions": revs}


def merge_parents(rng, revs, heads):
    """2 or 3 heads, none an ancestor of another."""
    k = min(len(heads), rng.choice([2, 2, 3]))
    pick = rng.sample(heads, k)
    out = []
    for h in pick:
        if all(h not in ancestors(revs, o) and o not in ancestors(revs, h)
               for o in out):
            out.append(h)
    return out if len(out) >= 2 else out[:1]


def unrelated(revs, a, b):
    return a not in ancestors(revs, b) and b not in ancestors(revs, a)


def pick_deps(rng, revs, down):
    """1 or 2 revisions of other lineages: down and the dependencies are
    pairwise unrelated.  (A dependency on an ancestor, or on a revision
    related to another down revision, makes Alembic 1.8.1 fail with a
    KeyError or leave redundant version rows: see docs/targets.md.)"""
    chosen = list(down)
    out = []
    for _ in range(rng.choice([1, 1, 2])):
        pool = [r for r in revs
                if all(unrelated(revs, r["id"], c) for c in chosen)]
        if not pool:
            break
        r = rng.choice(pool)
        chosen.append(r["id"])
        if r["labels"] and rng.random() < 0.4:
            out.append(r["labels"][0])
        else:
            out.append(r["id"])
    return out


# ---------------------------------------------------------------- commands

def unique_prefix(rng, ids, rid):
    for n in range(1, len(rid)):
        p = rid[:n]
        if sum(1 for x in ids if x.startswith(p)) == 1:
            return rid[:rng.randint(n, len(rid) - 1)]
    return rid


def gen_ref(rng, g):
    """A reference to one revision: full id, unique or shared prefix."""
    ids = [r["id"] for r in g["revisions"]]
    rid = rng.choice(ids)
    u = rng.random()
    if u < 0.55:
        return rid
    if u < 0.92:
        return unique_prefix(rng, ids, rid)
    return rid[:rng.randint(1, 2)]          # maybe ambiguous


def gen_target(rng, g):
    labels = [l for r in g["revisions"] for l in r["labels"]]
    lab = rng.choice(labels) if labels else None
    n = rng.choice([1, 1, 1, 2, 2, 3, 4])
    forms = [
        (6, lambda: "head"), (6, lambda: "heads"), (5, lambda: "base"),
        (14, lambda: gen_ref(rng, g)),
        (6, lambda: "+%d" % n), (8, lambda: "-%d" % n),
        (5, lambda: "%s+%d" % (gen_ref(rng, g), n)),
        (5, lambda: "%s-%d" % (gen_ref(rng, g), n)),
    ]
    if lab:
        forms += [
            (5, lambda: lab + "@head"), (5, lambda: lab + "@base"),
            (5, lambda: "%s@+%d" % (lab, n)), (6, lambda: "%s@-%d" % (lab, n)),
            (4, lambda: lab), (4, lambda: "%s@%s" % (lab, gen_ref(rng, g))),
            (2, lambda: lab + "@heads"),
            (2, lambda: "%s@%s%s%d" % (lab, gen_ref(rng, g),
                                        rng.choice("+-"), n)),
        ]
    total = sum(w for w, _ in forms)
    u = rng.uniform(0, total)
    for w, f in forms:
        u -= w
        if u <= 0:
            return f()
    return forms[-1][1]()


def gen_commands(rng, g, ncmd):
    out = []
    for _ in range(ncmd):
        u = rng.random()
        verb = "upgrade" if u < 0.45 else "downgrade" if u < 0.8 else "stamp"
        out.append([verb, gen_target(rng, g)])
    return out


def cmd_gen(argv):
    seed, ngraphs, ncmd = int(argv[0]), int(argv[1]), int(argv[2])
    graphs = []
    for i in range(ngraphs):
        s = seed * 1000 + i
        rng = random.Random(s)
        g = gen_graph(rng, i, s)
        g["commands"] = gen_commands(rng, g, ncmd)
        graphs.append(g)
    json.dump({"seed": seed, "graphs": graphs}, sys.stdout)
    sys.stdout.write("\n")
    return 0


# ---------------------------------------------------------------- Alembic

ENV_PY = '''\
from alembic import context
context.configure(connection=context.config.attributes["connection"])
with context.begin_transaction():
    context.run_migrations()
'''


def up_sql(rid):
    return ["INSERT INTO oracle_applied(rev) VALUES ('%s')" % rid,
            "INSERT INTO oracle_steps(rev, dir) VALUES ('%s', 'up')" % rid]


def down_sql(rid):
    return ["DELETE FROM oracle_applied WHERE rowid = (SELECT min(rowid) "
            "FROM oracle_applied WHERE rev = '%s')" % rid,
            "INSERT INTO oracle_steps(rev, dir) VALUES ('%s', 'down')" % rid]


def py_tuple(xs):
    if not xs:
        return "None"
    if len(xs) == 1:
        return repr(xs[0])
    return "(" + ", ".join(repr(x) for x in xs) + ")"


def write_project(proj, g):
    shutil.rmtree(proj, ignore_errors=True)
    vers = os.path.join(proj, "versions")
    os.makedirs(vers)
    with open(os.path.join(proj, "env.py"), "w") as f:
        f.write(ENV_PY)
    for r in g["revisions"]:
        text = "from alembic import op\n\n"
        text += "revision = %r\n" % r["id"]
        text += "down_revision = %s\n" % py_tuple(r["down"])
        text += "branch_labels = %s\n" % py_tuple(r["labels"])
        text += "depends_on = %s\n" % py_tuple(r["deps"])
        for fn, stmts in (("upgrade", up_sql(r["id"])),
                          ("downgrade", down_sql(r["id"]))):
            text += "\n\ndef %s():\n" % fn
            for s in stmts:
                text += "    op.execute(%r)\n" % s
        with open(os.path.join(vers, r["id"] + ".py"), "w") as f:
            f.write(text)


def dump(conn):
    """(version rows, oracle_applied, oracle_steps) of the database."""
    def q(sql):
        return [tuple(r) for r in conn.exec_driver_sql(sql)]
    has = q("SELECT count(*) FROM sqlite_schema WHERE name='alembic_version'")
    rows = sorted(r[0] for r in q("SELECT version_num FROM alembic_version")
                  ) if has[0][0] else []
    applied = sorted(r[0] for r in q("SELECT rev FROM oracle_applied"))
    steps = q("SELECT id, rev, dir FROM oracle_steps ORDER BY id")
    return rows, applied, steps


def run_graph(top, g, command, Config, create_engine, event, pool):
    base = os.path.join(top, "g%d" % g["index"])
    proj = os.path.join(base, "alembic")
    write_project(proj, g)
    db = os.path.join(base, "alembic.db")
    if os.path.exists(db):
        os.remove(db)
    engine = create_engine("sqlite:///" + db, poolclass=pool.NullPool)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, rec):
        dbapi_conn.isolation_level = None      # the test begins and ends
        dbapi_conn.execute("PRAGMA synchronous=OFF")

    @event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN")

    cfg = Config()
    cfg.set_main_option("script_location", proj)
    out = []
    with engine.connect() as conn:
        with conn.begin():
            conn.exec_driver_sql(
                "CREATE TABLE oracle_applied(rev TEXT NOT NULL)")
            conn.exec_driver_sql(
                "CREATE TABLE oracle_steps(id INTEGER PRIMARY KEY, "
                "rev TEXT NOT NULL, dir TEXT NOT NULL)")
        cfg.attributes["connection"] = conn
        for verb, target in g["commands"]:
            out.append(run_command(conn, cfg, command, verb, target))
    engine.dispose()
    return out


def run_command(conn, cfg, command, verb, target):
    before = dump(conn)
    trans = conn.begin()
    err = ""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            getattr(command, verb)(cfg, target)
            trans.commit()
            ok = True
        except Exception as e:        # Alembic's errors, and its asserts
            trans.rollback()
            ok = False
            msg = str(e).strip() or type(e).__name__
            err = "%s: %s" % (type(e).__name__, msg.splitlines()[0])
    after = dump(conn)
    seen = {s[0] for s in before[2]}
    return {
        "ok": ok,
        "rows": after[0],
        "applied": after[1],
        "steps": ["%s:%s" % (s[1], s[2]) for s in after[2]
                  if s[0] not in seen],
        "unchanged": after == before,
        "error": err,
        "warnings": [str(w.message).splitlines()[0] for w in caught],
    }


def cmd_alembic(argv):
    top = argv[0]
    spec = json.load(sys.stdin)
    from alembic import command
    from alembic.config import Config
    from alembic.script.base import Script
    from sqlalchemy import create_engine, event, pool

    # version files in name order, not os.listdir() order
    list_dir = Script._list_py_dir.__func__

    def sorted_list(cls, scriptdir, path):
        return sorted(list_dir(cls, scriptdir, path))
    Script._list_py_dir = classmethod(sorted_list)

    out = []
    for g in spec["graphs"]:
        out.append({"index": g["index"],
                    "results": run_graph(top, g, command, Config,
                                         create_engine, event, pool)})
    json.dump({"seed": spec["seed"], "graphs": out}, sys.stdout)
    sys.stdout.write("\n")
    return 0


def main(argv):
    if argv[:1] == ["gen"]:
        return cmd_gen(argv[1:])
    if argv[:1] == ["alembic"]:
        return cmd_alembic(argv[1:])
    sys.stderr.write("usage: oracle.py gen SEED NGRAPHS NCOMMANDS | "
                     "oracle.py alembic DIR < spec.json\n")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
