import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Ctx, ExpectedVersion, RequestContext, withVersion } from '@app/platform';
import {
  CompleteReviewActionDto,
  CreateManagementReviewDto,
  CreateReviewOutputDto,
  HoldReviewDto,
  InputNotesDto,
  ListManagementReviewsQuery,
  ManagementReviewsService,
} from '@app/audits';
import { uuidPipe } from '../http/uuid.pipe';

@ApiTags('management review')
@ApiBearerAuth()
@Controller()
export class ManagementReviewsController {
  constructor(private readonly reviews: ManagementReviewsService) {}

  @Get('management-reviews')
  list(@Ctx() ctx: RequestContext, @Query() query: ListManagementReviewsQuery) {
    return this.reviews.list(ctx, query);
  }

  @Post('management-reviews')
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateManagementReviewDto) {
    return this.reviews.create(ctx, dto);
  }

  @Get('management-reviews/:id')
  get(@Ctx() ctx: RequestContext, @Param('id', uuidPipe) id: string) {
    return this.reviews.get(ctx, id);
  }

  @Put('management-reviews/:id/inputs')
  putInputs(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: InputNotesDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.reviews.putNotes(ctx, id, withVersion(dto, version));
  }

  @Post('management-reviews/:id/hold')
  @HttpCode(200)
  hold(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: HoldReviewDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.reviews.hold(ctx, id, withVersion(dto, version));
  }

  @Post('management-reviews/:id/outputs')
  addOutput(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: CreateReviewOutputDto,
  ) {
    return this.reviews.addOutput(ctx, id, dto);
  }

  @Post('management-review-outputs/:id/complete')
  @HttpCode(200)
  complete(
    @Ctx() ctx: RequestContext,
    @Param('id', uuidPipe) id: string,
    @Body() dto: CompleteReviewActionDto,
    @ExpectedVersion() version?: number,
  ) {
    return this.reviews.completeAction(ctx, id, withVersion(dto, version));
  }
}
