"""How far two judges of the same queries agree: each query's items ordered by one judge's grades
(ties in 200 random orders, averaged), scored by nDCG@10 and success@1 against the other's.

    python3 docs/relevance/agreement.py \
        search-server/src/main/resources/org/dhrkb/search/relevance/questions.tsv \
        docs/relevance/questions-second-judge.tsv

Glossary entries are left out, as the search's own figures leave them out.
"""
import math
import random
import sys


def read(path):
    judged = {}
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        query, _, rest = line.rstrip("\n").partition("\t")
        judged[query] = {t.rsplit(":", 1)[0]: int(t.rsplit(":", 1)[1]) for t in rest.split()}
    return judged


def ndcg(ranked, grades):
    dcg = sum((2 ** grades.get(i, 0) - 1) / math.log2(k + 2) for k, i in enumerate(ranked[:10]))
    ideal = sorted(grades.values(), reverse=True)[:10]
    idcg = sum((2 ** g - 1) / math.log2(k + 2) for k, g in enumerate(ideal))
    return dcg / idcg


def score(order_by, graded_by, rounds=200):
    random.seed(1)
    ndcgs, firsts = [], []
    for query, grades in graded_by.items():
        grades = {i: g for i, g in grades.items() if not i.startswith("glossary-")}
        if query not in order_by or not grades:
            continue
        items = [i for i in order_by[query] if not i.startswith("glossary-")]
        n = f = 0.0
        for _ in range(rounds):
            random.shuffle(items)
            items.sort(key=lambda i: -order_by[query][i])
            n += ndcg(items, grades)
            f += 1 if items and grades.get(items[0], 0) > 0 else 0
        ndcgs.append(n / rounds)
        firsts.append(f / rounds)
    return sum(ndcgs) / len(ndcgs), sum(firsts) / len(firsts), len(ndcgs)


first, second = read(sys.argv[1]), read(sys.argv[2])
print("second judge's order, first judge's grades: nDCG@10 %.3f, success@1 %.3f (%d queries)"
      % score(second, first))
print("first judge's order, second judge's grades: nDCG@10 %.3f, success@1 %.3f (%d queries)"
      % score(first, second))
