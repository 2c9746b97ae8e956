// The bare-Fastify baseline of `npm run bench`: "hello world" on the port given as argument, in a
// process of its own, so that the API's figures can be read as a ratio to what Fastify alone does
// on this machine in the same run.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));
await app.listen({ port: Number(process.argv[2] ?? 0), host: '127.0.0.1' });
process.send?.({ port: app.server.address().port });
process.on('SIGTERM', () => app.close().then(() => process.exit(0)));
