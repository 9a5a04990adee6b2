import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentStaff, PublicRoute } from '../../common/auth/auth.decorators';
import { SESSION_COOKIE, sessionCookieOptions } from '../../common/auth/session-cookie';
import type { StaffMember } from '../../common/auth/staff-member';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AuthService } from './auth.service';
import { LoginDto } from './dto/login.dto';
import { LoginResponseDto, MeResponseDto } from './dto/me.response.dto';
import { ApiProblems } from '../../common/problem/problem.dto';

@ApiProblems()
@ApiTags('Sign-in')
@Controller('v1/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @PublicRoute()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in; sets the httpOnly session cookie.' })
  @ApiOkResponse({ type: LoginResponseDto })
  async signIn(@Body() dto: LoginDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) res: FastifyReply): Promise<LoginResponseDto> {
    const { token, user } = await this.auth.signIn(dto, req.headers['user-agent']);
    void res.setCookie(SESSION_COOKIE, token, sessionCookieOptions(this.config.cookieSecure));
    return { user };
  }

  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out; ends this session.' })
  @ApiNoContentResponse()
  async signOut(@CurrentStaff() staff: StaffMember, @Res({ passthrough: true }) res: FastifyReply): Promise<void> {
    await this.auth.signOut(staff);
    void res.clearCookie(SESSION_COOKIE, sessionCookieOptions(this.config.cookieSecure));
  }

  @Get('me')
  @ApiOperation({ summary: 'The signed-in staff member.' })
  @ApiOkResponse({ type: MeResponseDto })
  getMe(@CurrentStaff() staff: StaffMember): MeResponseDto {
    return this.auth.me(staff);
  }
}
