// Serves the demo shop (demo/) on 127.0.0.1, and the same files on a second port addressed as
// localhost: another origin, for the hosted card fields frame. Used by `npm start`, the e2e tests
// and the bench.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DEMO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'demo');
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png' };

function serve() {
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const rel = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    const file = path.join(DEMO, path.normalize(rel));
    if (!file.startsWith(DEMO + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
}

const listen = (srv, port) => new Promise((resolve) => srv.listen(port, '127.0.0.1', () => resolve(srv.address().port)));

/** `url`: the shop on 127.0.0.1; `otherURL`: the same files from another origin (http://localhost:<port>). */
export async function startDemoServer(port = 0) {
  const main = serve();
  const other = serve();
  const [mainPort, otherPort] = await Promise.all([listen(main, port), listen(other, port ? port + 1 : 0)]);
  // One handle closes both, so callers that only know `server` still clean up everything.
  const close = main.close.bind(main);
  main.close = (cb) => {
    close(() => other.close(() => cb?.()));
    main.closeAllConnections();
    other.closeAllConnections();
    return main;
  };
  return { server: main, url: `http://127.0.0.1:${mainPort}`, otherURL: `http://localhost:${otherPort}` };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await startDemoServer(Number(process.env.PORT ?? 8300));
  console.log(`demo shop at ${url}/`);
}
