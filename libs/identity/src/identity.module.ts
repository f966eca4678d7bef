import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AppConfig } from '@app/platform';
import { OrganizationModule } from '@app/organization';
import { AuthService } from './auth/auth.service';
import { ContextLoader } from './auth/context-loader';
import { JwtAuthGuard, LocalAuthGuard } from './auth/guards';
import { LoginThrottle } from './auth/login-throttle';
import { PasswordHasher } from './auth/password-hasher';
import { JwtStrategy, LocalStrategy } from './auth/strategies';
import { UsersService } from './users/users.service';

/** Users, credentials and tokens: usable from any app (the CLI seeds users with it). */
@Module({
  imports: [
    OrganizationModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.JWT_SECRET || undefined,
        signOptions: { algorithm: 'HS256' },
      }),
    }),
  ],
  providers: [AuthService, ContextLoader, LoginThrottle, PasswordHasher, UsersService],
  exports: [AuthService, ContextLoader, UsersService, PasswordHasher],
})
export class IdentityModule {}

/** The passport strategies and guards an HTTP app needs on top of the identity services. */
@Module({
  imports: [IdentityModule, PassportModule],
  providers: [JwtStrategy, LocalStrategy, JwtAuthGuard, LocalAuthGuard],
  exports: [IdentityModule, JwtAuthGuard, LocalAuthGuard],
})
export class IdentityHttpModule {}
