import { Module } from '@nestjs/common';
import { StorageModule } from '@app/storage';
import { FileSignatureChecks } from './file-signature-checks';
import { SigningService } from './signing.service';
import { TrustAnchors } from './trust-anchors';

@Module({
  imports: [StorageModule],
  providers: [TrustAnchors, FileSignatureChecks, SigningService],
  exports: [TrustAnchors, FileSignatureChecks, SigningService],
})
export class SignaturesModule {}
