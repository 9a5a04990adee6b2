import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A local SMTP server that keeps what it accepts (parsed), for the tests of emailed assessment links. While
 * `refusing` is true it answers every recipient with 550, as a mail server that will not take the message.
 */
export async function openTestMailbox() {
  const messages: ParsedMail[] = [];
  const state = { refusing: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo: (_address, _session, done) => done(state.refusing ? Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }) : null),
    onData: (stream, _session, done) => {
      void simpleParser(stream).then((mail) => {
        messages.push(mail);
        done();
      }, done);
    },
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    state,
    close: () => new Promise<void>((closed) => server.close(() => closed())),
  };
}
