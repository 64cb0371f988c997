import { createConnection, Socket } from 'node:net';

export interface SmtpSettings {
  host: string;
  port: number;
  from: string;
}

export function smtpSettings(env: NodeJS.ProcessEnv = process.env): SmtpSettings {
  const url = new URL(env['SMTP_URL'] ?? 'smtp://127.0.0.1:2525');
  return { host: url.hostname, port: Number(url.port || 25), from: env['SMTP_FROM'] ?? 'board-alerts@carers-platform.invalid' };
}

/**
 * A plain SMTP conversation (RFC 5321) with the council's relay: enough for text alerts, with no dependency.
 * The relay is inside the council's network; TLS and authentication belong to it.
 */
export async function sendMail(s: SmtpSettings, mail: { to: string; subject: string; text: string }): Promise<void> {
  const socket = createConnection({ host: s.host, port: s.port });
  socket.setTimeout(10_000, () => socket.destroy(new Error('the SMTP server did not answer within 10 s')));
  const replies = replyReader(socket);
  try {
    await expect(replies, 220);
    for (const [command, code] of [
      [`EHLO carers-platform`, 250],
      [`MAIL FROM:<${s.from}>`, 250],
      [`RCPT TO:<${mail.to}>`, 250],
      ['DATA', 354],
    ] as const) {
      socket.write(`${command}\r\n`);
      await expect(replies, code);
    }
    const body = mail.text.replace(/\r?\n/g, '\r\n').replace(/^\./gm, '..');
    socket.write(
      `From: <${s.from}>\r\nTo: <${mail.to}>\r\nSubject: ${mail.subject}\r\nDate: ${new Date().toUTCString()}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n.\r\n`,
    );
    await expect(replies, 250);
    socket.write('QUIT\r\n');
  } finally {
    socket.end();
  }
}

function replyReader(socket: Socket): () => Promise<string> {
  let buffer = '';
  let failure: Error | undefined;
  const replies: string[] = [];
  const waiting: { resolve: (reply: string) => void; reject: (e: Error) => void }[] = [];
  const settle = () => {
    while (waiting.length && (replies.length || failure)) {
      const w = waiting.shift()!;
      if (replies.length) w.resolve(replies.shift()!);
      else w.reject(failure!);
    }
  };
  socket.on('data', (chunk) => {
    buffer += chunk.toString();
    let match: RegExpMatchArray | null;
    // a reply ends with a line whose code is followed by a space (continuation lines use a hyphen)
    while ((match = buffer.match(/^(?:\d{3}-.*\r?\n)*\d{3} .*\r?\n/))) {
      buffer = buffer.slice(match[0].length);
      replies.push(match[0]);
    }
    settle();
  });
  socket.on('error', (e) => {
    failure = e;
    settle();
  });
  socket.on('close', () => {
    failure ??= new Error('the SMTP server closed the connection');
    settle();
  });
  return () =>
    new Promise((resolve, reject) => {
      waiting.push({ resolve, reject });
      settle();
    });
}

async function expect(next: () => Promise<string>, code: number): Promise<void> {
  const reply = await next();
  const lastLine = reply.trim().split(/\r?\n/).pop()!;
  if (!lastLine.startsWith(String(code))) throw new Error(`the SMTP server answered "${lastLine}" where ${code} was expected`);
}
