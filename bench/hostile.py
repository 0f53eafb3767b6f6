"""CPU time of the hostile GraphQL documents of issue 10, refused or answered, in-process
against the benchmark database: `python -m bench.hostile [--database wetogether_bench]`.
After a warm-up request, each is sent `--repeat` times; the median and worst CPU time (of
this thread: the request's own work, whatever else the machine runs) are printed."""

import argparse
import json
import os
import statistics
import time

from bench import stack

CLUBS = "clubs{title}"
DOCUMENTS = {
    "820 x clubs{title} (10 KB)": "{" + CLUBS * 820 + "}",
    "400 x clubs{title}": "{" + CLUBS * 400 + "}",
    "300 inline fragments": "{" + "...on Query{clubs{title}}" * 300 + "}",
    "150 x clubs{title} (300 selections, the limit)": "{" + CLUBS * 150 + "}",
    "300 x __typename (accepted)": "{" + " __typename" * 300 + "}",
}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database", default="wetogether_bench")
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args(argv)
    os.environ.update(stack.environment(database=options.database))
    import django

    django.setup()
    from django.test import Client

    client = Client()
    bodies = {name: json.dumps({"query": query}) for name, query in DOCUMENTS.items()}
    batch = [{"query": "{" + CLUBS * 30 + "}"} for _ in range(5)]
    bodies["batch of 5 x 30 clubs{title} (the limit)"] = json.dumps(batch)
    bodies["batch of 5 x 400 clubs{title}"] = json.dumps(
        [{"query": DOCUMENTS["400 x clubs{title}"]}] * 5
    )
    warm_up = json.dumps({"query": "{ clubs { title } }"})
    client.post("/graphql/", warm_up, content_type="application/json")
    print("| document | status | CPU median | CPU worst | wall worst |")
    print("| --- | --- | --- | --- | --- |")
    for name, body in bodies.items():
        cpu_times, wall_times = [], []
        for _ in range(options.repeat):
            cpu, wall = time.thread_time(), time.perf_counter()
            response = client.post("/graphql/", body, content_type="application/json")
            cpu_times.append(time.thread_time() - cpu)
            wall_times.append(time.perf_counter() - wall)
        print(
            f"| {name} | {response.status_code} | {statistics.median(cpu_times) * 1000:.0f} ms "
            f"| {max(cpu_times) * 1000:.0f} ms | {max(wall_times) * 1000:.0f} ms |"
        )


if __name__ == "__main__":
    main()
