"""Start time of `attend run --speed max --json --duration 60` for two builds, alternated in one run.

Usage: python3 docs/validation/start_time.py BEFORE/target/attend.jar AFTER/target/attend.jar N
Prints, per run, the seconds to the first JSON line and to exit, then the medians and the ratio.
"""
import subprocess, time, sys, statistics, os
jars = {"before": sys.argv[1], "after": sys.argv[2]}
n = int(sys.argv[3])
env = dict(os.environ, DJL_OFFLINE="true", OPT_OUT_TRACKING="true")
res = {k: ([], []) for k in jars}
for i in range(n):
    for k, jar in (list(jars.items()) if i % 2 == 0 else list(jars.items())[::-1]):
        home = os.path.dirname(os.path.dirname(jar))
        t0 = time.monotonic()
        p = subprocess.Popen(["java", "-Dai.djl.offline=true", "-Dattend.home=" + home, "-jar", jar, "run", "--speed", "max", "--json", "--duration", "60"],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=home)
        p.stdout.readline(); first = time.monotonic() - t0
        p.stdout.read(); p.wait(); total = time.monotonic() - t0
        res[k][0].append(first); res[k][1].append(total)
        print(k, i, "first line %.2f s, exit %.2f s rc %d" % (first, total, p.returncode), flush=True)
for k, (f, t) in res.items():
    print("%s: median first line %.2f s, median total %.2f s (n=%d)" % (k, statistics.median(f), statistics.median(t), n))
print("ratio after/before (total): %.3f" % (statistics.median(res["after"][1]) / statistics.median(res["before"][1])))
