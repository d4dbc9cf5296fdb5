'use strict';
/*
 * The peer under bench/bench_server_load.py's load: express-pouchdb (PouchDB 9, leveldb)
 * on 127.0.0.1, LOAD_HOUSES databases (one a house), LOAD_LAPTOPS PouchDB replicas (in
 * memory, so the laptops' disks cost nothing) spread over the houses. A round is one
 * laptop's incremental replication: LOAD_DOCS new check-in documents written locally,
 * pushed to its house's database, then the house's new documents pulled.
 *
 * Closed loop (every laptop round after round), then open loop at each share in LOAD_OPEN
 * of the closed-loop rate. The server is a forked child process (its own event loop, as
 * SafeHaven's server has its own process); its CPU (process.cpuUsage) is read over each
 * window. One JSON line per run, as bench_server_load.py prints them.
 *
 * Uses the packages ../shared/peer-bench pins (NODE_PATH set by the Python side).
 * Env: LOAD_HOUSES (10), LOAD_LAPTOPS (40), LOAD_SECONDS (20), LOAD_DOCS (3),
 *      LOAD_OPEN ("0.5,0.8"), LOAD_DIR (a temporary folder).
 * Only 127.0.0.1 is ever bound or connected to.
 */

const path = require('path');
const fs = require('fs');
const os = require('os');
const http = require('http');
const { fork } = require('child_process');

const HOST = '127.0.0.1';
const DIR = process.env.LOAD_DIR || fs.mkdtempSync(path.join(os.tmpdir(), 'peer-load-'));

function runServer() {
  const express = require('express');
  const expressPouchDB = require('express-pouchdb');
  const PouchDB = require('pouchdb');
  const prefix = path.join(DIR, 'server') + '/';
  fs.mkdirSync(prefix, { recursive: true });
  const ServerPouch = PouchDB.defaults({ prefix });
  const app = express();
  app.disable('x-powered-by');
  app.use('/', expressPouchDB(ServerPouch, { mode: 'minimumForPouchDB', logPath: path.join(DIR, 'log.txt') }));
  const server = http.createServer(app);
  server.keepAliveTimeout = 60000;
  server.listen(0, HOST, () => process.send({ type: 'listening', port: server.address().port }));
  process.on('message', (msg) => {
    if (msg.type === 'cpu') {
      const c = process.cpuUsage();
      process.send({ type: 'cpu', id: msg.id, cpu: (c.user + c.system) / 1000 });
    }
    if (msg.type === 'stop') server.close(() => process.exit(0));
  });
  process.on('disconnect', () => process.exit(0));
}

function doc(laptop, n) {
  return {
    _id: `l${laptop}-${n}-${Math.random().toString(36).slice(2, 10)}`,
    type: 'checkin', resident_id: 'r' + (n % 7), date: '2026-11-26', shift: 'day', mood: 1 + (n % 5),
    sleep: 'ok', appetite: 'good', feels_safe: 'yes', flags: [],
    note: 'Slept well, ate breakfast, joined the group.', staff_id: 's' + laptop, site_id: 'h',
  };
}

function quantile(sorted, q) {
  if (!sorted.length) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

async function runClient() {
  const HOUSES = parseInt(process.env.LOAD_HOUSES || '10', 10);
  const LAPTOPS = parseInt(process.env.LOAD_LAPTOPS || '40', 10);
  const SECONDS = parseFloat(process.env.LOAD_SECONDS || '20');
  const DOCS = parseInt(process.env.LOAD_DOCS || '3', 10);
  const OPEN = (process.env.LOAD_OPEN || '0.5,0.8').split(',').filter(Boolean).map(Number);
  const PouchDB = require('pouchdb');
  PouchDB.plugin(require('pouchdb-adapter-memory'));
  const Local = PouchDB.defaults({ adapter: 'memory' });

  const child = fork(__filename, ['--server'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const pending = new Map();
  let nextId = 1;
  const port = await new Promise((resolve, reject) => {
    child.once('error', reject);
    child.on('message', (m) => {
      if (m.type === 'listening') resolve(m.port);
      if (m.type === 'cpu' && pending.has(m.id)) { pending.get(m.id)(m.cpu); pending.delete(m.id); }
    });
  });
  const serverCpu = () => new Promise((resolve) => {
    const id = nextId++;
    pending.set(id, resolve);
    child.send({ type: 'cpu', id });
  });
  const agent = new http.Agent({ keepAlive: true, maxSockets: LAPTOPS * 2 });
  const base = `http://${HOST}:${port}/`;
  const remotes = [];
  for (let h = 0; h < HOUSES; h++) {
    const db = new PouchDB(base + `house_${h}`, { fetch: (url, opts) => PouchDB.fetch(url, { ...opts, agent }) });
    await db.info();
    remotes.push(db);
  }
  const laptops = [];
  for (let i = 0; i < LAPTOPS; i++) {
    laptops.push({ i, local: new Local(`laptop_${i}`), remote: remotes[i % HOUSES], n: 0 });
  }

  async function round(l) {
    const docs = [];
    for (let k = 0; k < DOCS; k++) docs.push(doc(l.i, l.n++));
    await l.local.bulkDocs(docs);
    const a = await PouchDB.replicate(l.local, l.remote);
    const b = await PouchDB.replicate(l.remote, l.local);
    if (!a.ok || !b.ok || a.doc_write_failures || b.doc_write_failures) throw new Error('replication failed');
  }
  for (const l of laptops) await round(l); // each replica meets its house once, untimed

  async function window(rate) {
    const lat = [];
    const start = Date.now() + 500;
    const stop = start + SECONDS * 1000;
    const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
    await sleep(start - Date.now());
    const cpu0 = await serverCpu();
    const own0 = process.cpuUsage();
    if (rate === null) {
      await Promise.all(laptops.map(async (l) => {
        while (Date.now() < stop) {
          const t = Date.now();
          await round(l);
          if (Date.now() <= stop) lat.push(Date.now() - t);
        }
      }));
    } else {
      const free = laptops.slice();
      const waiting = [];
      const inflight = [];
      const take = () => (free.length ? Promise.resolve(free.shift()) : new Promise((r) => waiting.push(r)));
      const give = (l) => (waiting.length ? waiting.shift()(l) : free.push(l));
      for (let n = 0; ; n++) {
        const due = start + (n * 1000) / rate;
        if (due >= stop) break;
        if (due > Date.now()) await sleep(due - Date.now());
        inflight.push(take().then(async (l) => {
          await round(l);
          if (Date.now() <= stop) lat.push(Date.now() - due);
          give(l);
        }));
      }
      await Promise.all(inflight);
    }
    const cpu1 = await serverCpu();
    const own = process.cpuUsage(own0);
    lat.sort((x, y) => x - y);
    const cpu = cpu1 - cpu0;
    return {
      mode: rate === null ? 'closed' : `open ${Math.round(rate)}/s`, rounds: lat.length,
      rounds_per_s: lat.length / SECONDS, p50_ms: quantile(lat, 0.5), p95_ms: quantile(lat, 0.95),
      p99_ms: quantile(lat, 0.99), server_cpu_ms_per_round: cpu / Math.max(1, lat.length),
      server_cpu_share: cpu / 1000 / SECONDS, requests: 0, pushed_rounds: lat.length, errors: {},
      client_cpu_share: (own.user + own.system) / 1e6 / SECONDS, load: os.loadavg().map((x) => x.toFixed(2)),
      versions: { node: process.version, pouchdb: require('pouchdb/package.json').version,
        'express-pouchdb': require('express-pouchdb/package.json').version },
    };
  }

  const closed = await window(null);
  console.log(JSON.stringify(closed));
  for (const share of OPEN) console.log(JSON.stringify(await window(Math.max(1, closed.rounds_per_s * share))));
  child.send({ type: 'stop' });
  await new Promise((r) => child.once('exit', r));
  if (!process.env.LOAD_DIR) fs.rmSync(DIR, { recursive: true, force: true });
}

if (process.argv.includes('--server')) {
  runServer();
} else {
  runClient().catch((err) => { console.error(err && err.stack ? err.stack : err); process.exit(1); });
}
