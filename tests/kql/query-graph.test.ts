import { describe, expect, it } from 'vitest';
import { database, expectCase, failureCodes, type QueryCase, table } from './support/builders.ts';

// make-graph-operator.md, graph-match-operator.md and graph-shortest-paths-operator.md (dataexplorer-docs):
// node tables, with_node_id, fixed and variable-length edges in both directions, cycles, output=any|all.
const db = database({
  Reports: table('employee:string, manager:string', [
    ['Bob', 'Alice'],
    ['Chris', 'Alice'],
    ['Eve', 'Bob'],
    ['Ben', 'Chris'],
    ['Joe', 'Alice'],
  ]),
  People: table('name:string, age:long', [
    ['Alice', 40],
    ['Bob', 35],
    ['Chris', 33],
    ['Eve', 27],
    ['Ben', 23],
  ]),
  // Two tenants sharing the node id q: partitioned-by keeps their graphs (and q's two rows) apart.
  Transfers: table('src:string, dst:string, tenant:string', [
    ['p', 'q', 'A'],
    ['q', 'r', 'B'],
    ['q', 's', 'A'],
  ]),
  Accounts: table('id:string, tenant:string, owner:string', [
    ['q', 'A', 'Ann'],
    ['q', 'B', 'Bo'],
  ]),
  Roads: table('a:string, b:string, km:long', [
    ['x', 'y', 1],
    ['y', 'z', 1],
    ['x', 'z', 5],
    ['z', 'x', 1],
  ]),
});

const cases: QueryCase[] = [
  {
    name: 'a backward variable-length edge with node properties; a node without a row has null properties',
    query: `Reports | make-graph employee --> manager with People on name
      | graph-match (boss)<-[reports*1..3]-(e) where boss.name == "Alice" and isnull(e.age) == false and e.age < 30
      project who = e.name, path = map(reports, manager), via = map(inner_nodes(reports), name)`,
    unordered: true,
    rows: [
      // The path is listed from the pattern's left node, as graph-match-operator.md shows.
      ['Eve', ['Alice', 'Bob'], ['Bob']],
      ['Ben', ['Alice', 'Chris'], ['Chris']],
    ],
  },
  {
    name: 'with_node_id names the node id property; two patterns meet at a shared variable',
    query: `Reports | make-graph employee --> manager with_node_id=id
      | graph-match (a)-[r1]->(m), (b)-[r2]->(m) where a.id < b.id and m.id == "Alice" project a.id, b.id`,
    unordered: true,
    rows: [
      ['Bob', 'Chris'],
      ['Bob', 'Joe'],
      ['Chris', 'Joe'],
    ],
  },
  {
    name: 'cycles=none keeps a variable-length path from visiting a node twice',
    query: `Roads | make-graph a --> b with_node_id=n
      | graph-match cycles=none (s)-[r*1..4]->(t) where s.n == "x" and t.n == "x" project hops = array_length(r.km)`,
    rows: [],
  },
  {
    name: 'graph-shortest-paths: the fewest edges per pair, any one or all of them',
    query: `Roads | make-graph a --> b with_node_id=n
      | graph-shortest-paths output=all (s)-[r*1..3]->(t) where s.n == "x" and t.n == "z" project km = map(r, km)`,
    rows: [[[5]]],
  },
  {
    // all-graph-function.md, any-graph-function.md, map-graph-function.md, node-degree-in.md, node-id.md.
    name: 'all / any / map over a variable-length edge and its inner nodes, node degrees and ids',
    query: `Roads | make-graph a --> b with_node_id=n
      | graph-match (s)-[r*1..3]->(t) where s.n == "x" and t.n == "z" and all(r, km < 5) and not(any(inner_nodes(r), node_degree_in() > 1))
      project stops = map(inner_nodes(r), strcat(node_id(), ":", node_degree_out())), kms = map(r, km * 10), out_s = node_degree_out(s), t_id = node_id(t), s.n`,
    columns: ['stops:dynamic', 'kms:dynamic', 'out_s:long', 't_id:dynamic', 's_n:string'],
    rows: [[['y:1'], [10, 10], 2, 'z', 'x']],
  },
  {
    // graph-mark-components-operator.md, graph-to-table-operator.md: components numbered in node order.
    name: 'graph-mark-components then graph-to-table nodes, with a node id column',
    query: `Reports | union (print employee = "Zed", manager = "Yan")
      | make-graph employee --> manager with_node_id=name
      | graph-mark-components with_component_id = family
      | graph-to-table nodes with_node_id = Id`,
    columns: ['Id:long', 'name:string', 'family:long'],
    rows: [
      [0, 'Bob', 0],
      [1, 'Alice', 0],
      [2, 'Chris', 0],
      [3, 'Eve', 0],
      [4, 'Ben', 0],
      [5, 'Joe', 0],
      [6, 'Zed', 1],
      [7, 'Yan', 1],
    ],
  },
  {
    name: 'graph-to-table edges with source and target ids',
    query: 'Roads | where km == 5 | make-graph a --> b | graph-to-table edges with_source_id = S with_target_id = T',
    columns: ['S:long', 'T:long', 'a:string', 'b:string', 'km:long'],
    rows: [[0, 1, 'x', 'z', 5]],
  },
  {
    // make-graph-operator.md: partitioned-by makes one graph per value, so no path crosses from tenant A to B.
    name: 'make-graph partitioned-by runs the graph operator over each partition graph on its own',
    query: `Transfers | make-graph src --> dst with_node_id=id partitioned-by tenant (
        graph-match (a)-[e*2..2]->(b) project a = a.id, b = b.id, tenants = map(e, tenant))`,
    rows: [['p', 's', ['A', 'A']]],
  },
  {
    // The node rows are partitioned too: q is Ann's in tenant A and Bo's in tenant B.
    name: 'make-graph partitioned-by splits the node tables by the same column',
    query: `Transfers | make-graph src --> dst with Accounts on id partitioned-by tenant (
        graph-match (a)-[e]->(b) where e.src == "q" or e.dst == "q" project tenant = e.tenant, owner = iff(e.src == "q", a.owner, b.owner))`,
    unordered: true,
    rows: [
      ['A', 'Ann'],
      ['B', 'Bo'],
      ['A', 'Ann'],
    ],
  },
];

describe('make-graph, graph-match, graph-shortest-paths, graph-mark-components and graph-to-table', () => {
  it.each(cases)('$name', (c) => expectCase(db, c));

  it('names what is wrong: a graph operator without make-graph, a missing column, a bad option', async () => {
    expect(await failureCodes(db, 'Roads | graph-match (a)-[e]->(b) project a')).toEqual(['KQL0036']);
    expect(await failureCodes(db, 'Roads | make-graph a --> nope | graph-match (x)-[e]->(y) project e.km')).toEqual([
      'KQL0036',
    ]);
    expect(
      await failureCodes(db, 'Roads | make-graph a --> b | graph-match cycles=few (x)-[e]->(y) project e.km'),
    ).toEqual(['KQL0036']);
    expect(await failureCodes(db, 'Roads | make-graph a --> b | graph-mark-components kind=strong')).toEqual([
      'KQL0022',
    ]);
    // make-graph-operator.md: with partitioned-by, the edges and every node table must hold the column.
    expect(
      await failureCodes(
        db,
        'Transfers | make-graph src --> dst with Roads on a partitioned-by tenant (graph-to-table nodes)',
      ),
    ).toEqual(['KQL0012']);
  });
});
