import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock/clock';
import type { StaffMember } from '../../common/auth/staff-member';
import { DomainError } from '../../common/problem/domain-error';
import { UsersRepository } from '../users/users.repository';
import type { LoginDto } from './dto/login.dto';
import type { MeResponseDto } from './dto/me.response.dto';
import { LoginThrottle } from './login-throttle';
import { decoyPasswordHash, passwordMatches } from './password-hasher';
import { SessionsService } from './sessions.service';

export interface SignedIn {
  token: string;
  user: MeResponseDto;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottle,
    private readonly clock: Clock,
  ) {}

  async signIn(dto: LoginDto, userAgent: string | undefined): Promise<SignedIn> {
    await this.throttle.assertAllowed(dto.email);
    const user = await this.users.findByEmailWithPassword(dto.email.trim());
    const matches = await passwordMatches(user?.passwordHash ?? (await decoyPasswordHash()), dto.password);
    // One answer for unknown email, wrong password and deactivated account: the response must not reveal which.
    if (!user || !matches || !user.active) {
      await this.throttle.recordFailure(dto.email);
      throw new DomainError('invalid_credentials', "That email and password don't match an active account. Check them and try again.");
    }
    await this.throttle.reset(dto.email);
    await this.users.recordSignIn(user.id, this.clock.now());
    const token = await this.sessions.open(user.id, userAgent);
    return { token, user: { id: user.id, name: user.name, email: user.email, role: user.role } };
  }

  async signOut(staff: StaffMember): Promise<void> {
    await this.sessions.close(staff.sessionId);
  }

  me(staff: StaffMember): MeResponseDto {
    return { id: staff.id, name: staff.name, email: staff.email, role: staff.role };
  }
}
