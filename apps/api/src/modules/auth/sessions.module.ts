import { Global, Module } from '@nestjs/common';
import { RecentSessions } from './recent-sessions';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';

/** Global because the one AuthGuard resumes sessions on every route, and account changes end them. */
@Global()
@Module({
  providers: [SessionsRepository, SessionsService, RecentSessions],
  exports: [SessionsRepository, SessionsService, RecentSessions],
})
export class SessionsModule {}
