// Answers 200 only when both add-ons are reachable: a TCP connection to the host and port of
// DATABASE_URL and of REDIS_URL (Node's net module, no packages); 503 naming what failed else.
const http = require('http');
const net = require('net');

function reach(variable) {
  return new Promise((resolve) => {
    let url;
    try {
      url = new URL(process.env[variable]);
    } catch (e) {
      resolve(variable + ' unset or not a URL');
      return;
    }
    const socket = net.connect({ host: url.hostname, port: Number(url.port) }, () => {
      socket.end();
      resolve(null);
    });
    socket.setTimeout(2000, () => { socket.destroy(); resolve(variable + ' timed out'); });
    socket.on('error', (e) => resolve(variable + ': ' + e.code));
  });
}

http.createServer(async (req, res) => {
  const problems = (await Promise.all(['DATABASE_URL', 'REDIS_URL'].map(reach))).filter(Boolean);
  res.statusCode = problems.length === 0 ? 200 : 503;
  res.end(problems.length === 0 ? 'add-ons reachable\n' : problems.join('\n') + '\n');
}).listen(process.env.PORT || 5000);
