import { Module } from '@nestjs/common';
import { StorageModule } from '@app/storage';
import { FileSignatureChecks } from './file-signature-checks';
import { PersonSigningProviders } from './person-signing-providers';
import { SigningService } from './signing.service';
import { TrustAnchors } from './trust-anchors';

@Module({
  imports: [StorageModule],
  providers: [TrustAnchors, FileSignatureChecks, SigningService, PersonSigningProviders],
  exports: [TrustAnchors, FileSignatureChecks, SigningService, PersonSigningProviders],
})
export class SignaturesModule {}
