export * from './identity.errors';
import { RefreshToken, Session } from './auth/session.entity';
import { User } from './users/user.entity';

export * from './auth/auth.service';
export * from './auth/context-loader';
export * from './auth/dto/auth.dto';
export * from './auth/guards';
export * from './auth/password-hasher';
export * from './auth/password-policy';
export * from './identity.module';
export * from './users/dto/user.dto';
export * from './users/user-queries';
export * from './users/user.entity';
export * from './users/users.service';

export const IDENTITY_ENTITIES = [User, Session, RefreshToken];
