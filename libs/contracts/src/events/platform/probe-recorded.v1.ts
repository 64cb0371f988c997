import { IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { Topics } from '../../topics/topic-registry';

/**
 * A synthetic event on the platform's own probe stream: benchmarks, load generation and the delivery
 * self-tests publish it; no service acts on it in production. `seq` counts from 1 per probe.
 */
export class ProbeRecorded {
  static readonly type = 'platform.probe.recorded';
  static readonly topic = Topics.platformProbe;
  static readonly description = 'A synthetic probe event used by benchmarks and delivery self-tests.';

  @Matches(/^[A-Za-z0-9-]{1,60}$/) probeId!: string;
  @IsInt() @Min(1) seq!: number;
  @IsOptional() @IsIn(['transient', 'domain']) fail?: 'transient' | 'domain';
  @IsOptional() @IsString() @MaxLength(4096) padding?: string;
}
