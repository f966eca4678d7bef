import { Body, Controller, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { Ctx, ExpectedVersion, RequestContext, ValidatedArrayPipe } from '@app/platform';
import { CreateUserDto, ListUsersQuery, MembershipDto, UpdateUserDto, UsersService } from '@app/identity';
import { uuidPipe } from '../http/uuid.pipe';

@ApiTags('identity')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(@Ctx() ctx: RequestContext, @Query() query: ListUsersQuery) {
    return this.users.list(ctx, query);
  }

  @Post()
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateUserDto) {
    return this.users.create(ctx, dto);
  }

  @Get(':id')
  get(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string) {
    return this.users.get(ctx, id);
  }

  @Patch(':id')
  update(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: UpdateUserDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.users.update(ctx, id, dto, version);
  }

  @Put(':id/memberships')
  @ApiBody({ type: [MembershipDto] })
  replaceMemberships(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body(new ValidatedArrayPipe(MembershipDto, 50)) memberships: MembershipDto[],
  ) {
    return this.users.replaceMemberships(ctx, id, memberships);
  }
}
