import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'admin@commonground.example' })
  @IsString({ message: 'Enter your email address.' })
  @IsNotEmpty({ message: 'Enter your email address.' })
  @MaxLength(254, { message: 'Email must be 254 characters or fewer.' })
  email: string;

  @ApiProperty({ format: 'password' })
  @IsString({ message: 'Enter your password.' })
  @IsNotEmpty({ message: 'Enter your password.' })
  @MaxLength(200, { message: 'Password must be 200 characters or fewer.' })
  password: string;
}
