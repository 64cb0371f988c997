import 'reflect-metadata';
import { createBoardApp } from './board-app';
import { boardConfigFromEnv } from './board-config';
import { DevBoardToken, ForwardedToken, TokenSource } from './board-token';

const config = boardConfigFromEnv();
const tokens: TokenSource = config.auth === 'dev-issuer' ? new DevBoardToken(config.council) : new ForwardedToken();
const server = createBoardApp({ config, tokens }).listen(config.port, () => {
  console.log(JSON.stringify({ level: 'info', service: 'board', msg: `Performance and Outcomes Board on :${config.port} for ${config.council} (auth: ${config.auth})`, upstreams: config.upstreams }));
});

const stop = (signal: string) => {
  console.log(JSON.stringify({ level: 'info', service: 'board', msg: `stopping on ${signal}` }));
  server.close(() => process.exit(0));
  server.closeAllConnections(); // live alert streams would otherwise hold the close open
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
