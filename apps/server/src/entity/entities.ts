/**
 * TypeORM entities: plain rows with foreign-key columns. Relations are read through explicit joins and
 * DataLoaders, never lazily. The schema itself is defined by the migrations (never `synchronize`).
 */
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";

/** Calendar dates are ISO strings (YYYY-MM-DD) in both back ends. */
const date = (options: { nullable?: boolean } = {}) => Column({ type: "date", nullable: options.nullable ?? false });

@Entity("county")
export class CountyEntity {
  @PrimaryColumn({ type: "varchar", length: 6 })
  code: string;
  @Column({ type: "varchar", length: 32 })
  name: string;
  @Column({ type: "varchar", length: 64 })
  fullName: string;
  @Column({ type: "varchar", length: 24 })
  kind: string;
  @Column({ type: "boolean" })
  official: boolean;
  @Column({ type: "int" })
  sortOrder: number;
  // organization_head_name is no longer read: the 常委组织部长 is a leader (LeaderEntity.organizationHead).
}

@Entity("park")
export class ParkEntity {
  @PrimaryGeneratedColumn()
  id: number;
  @Column({ type: "varchar", length: 6 })
  countyCode: string;
  @Column({ type: "varchar", length: 100 })
  name: string;
  @Column({ type: "varchar", length: 100, nullable: true })
  workCommitteeName: string | null;
  /** The 党工委's secretary (书记) and work phone. */
  @Column({ type: "varchar", length: 32, nullable: true })
  workCommitteeSecretary: string | null;
  @Column({ type: "varchar", length: 32, nullable: true })
  workCommitteePhone: string | null;
}

@Entity("organization")
export class OrganizationEntity {
  @PrimaryGeneratedColumn()
  id: number;
  @Column({ type: "varchar", length: 200 })
  name: string;
  @Column({ type: "varchar", length: 32, nullable: true })
  creditCode: string | null;
  @Column({ type: "varchar", length: 32 })
  category: string;
  @Column({ type: "varchar", length: 32, nullable: true })
  subtype: string | null;
  @Column({ type: "varchar", length: 6 })
  countyCode: string;
  @Column({ type: "int", nullable: true })
  parkId: number | null;
  @Column({ type: "varchar", length: 64, nullable: true })
  industry: string | null;
  @Column({ type: "int", nullable: true })
  employeeCount: number | null;
  @Column({ type: "boolean" })
  aboveScale: boolean;
  @Column({ type: "boolean" })
  eligible: boolean;
  @Column({ type: "int" })
  formalMemberCount: number;
  @Column({ type: "int" })
  probationaryMemberCount: number;
  @Column({ type: "boolean" })
  legalRepresentativeIsMember: boolean;
  @date()
  addedOn: string;
  @date({ nullable: true })
  ceasedOn: string | null;
}

@Entity("branch")
export class BranchEntity {
  @PrimaryGeneratedColumn()
  id: number;
  @Column({ type: "varchar", length: 200 })
  name: string;
  @Column({ type: "varchar", length: 6 })
  countyCode: string;
  @Column({ type: "varchar", length: 16 })
  formation: string;
  @Column({ type: "varchar", length: 16 })
  level: string;
  @date()
  foundedOn: string;
  @date({ nullable: true })
  dissolvedOn: string | null;
  @Column({ type: "int" })
  formalMemberCount: number;
  @Column({ type: "int", nullable: true })
  committeeSize: number | null;
  @Column({ type: "varchar", length: 32, nullable: true })
  secretaryName: string | null;
  @Column({ type: "varchar", length: 32, nullable: true })
  secretaryPhone: string | null;
}

/** A unit covered by a branch, with its role, for a validity interval [validFrom, validTo). */
@Entity("coverage_link")
@Index(["organizationId"])
@Index(["branchId"])
export class CoverageLinkEntity {
  @PrimaryGeneratedColumn()
  id: number;
  @Column({ type: "int" })
  branchId: number;
  @Column({ type: "int" })
  organizationId: number;
  @Column({ type: "varchar", length: 16 })
  role: string;
  @date()
  validFrom: string;
  @date({ nullable: true })
  validTo: string | null;
}

@Entity("liaison")
export class LiaisonEntity {
  @PrimaryGeneratedColumn()
  id: number;
  @Column({ type: "varchar", length: 32 })
  name: string;
  @Column({ type: "varchar", length: 16 })
  kind: string;
  @Column({ type: "varchar", length: 6 })
  countyCode: string;
  @Column({ type: "varchar", length: 64, nullable: true })
  title: string | null;
  @Column({ type: "varchar", length: 32, nullable: true })
  phone: string | null;
}

@Entity("liaison_assignment")
export class LiaisonAssignmentEntity {
  @PrimaryGeneratedColumn()
  id: number;
  @Column({ type: "int" })
  liaisonId: number;
  @Column({ type: "int" })
  organizationId: number;
  @date()
  validFrom: string;
  @date({ nullable: true })
  validTo: string | null;
}

@Entity("leader")
export class LeaderEntity {
  @PrimaryGeneratedColumn()
  id: number;
  @Column({ type: "varchar", length: 32 })
  name: string;
  @Column({ type: "varchar", length: 64 })
  title: string;
  @Column({ type: "varchar", length: 8 })
  level: string;
  @Column({ type: "varchar", length: 6, nullable: true })
  countyCode: string | null;
  @Column({ type: "varchar", length: 32, nullable: true })
  phone: string | null;
  @Column({ type: "int" })
  sortOrder: number;
  /** First day in office; null for leaders recorded before terms were kept. */
  @date({ nullable: true })
  termStart: string | null;
  /** First day no longer in office (离任); null while in office. */
  @date({ nullable: true })
  termEnd: string | null;
  /** The county's 常委组织部长 (a county leader). */
  @Column({ type: "boolean", default: false })
  organizationHead: boolean;
}

@Entity("contact_point")
export class ContactPointEntity {
  @PrimaryGeneratedColumn()
  id: number;
  @Column({ type: "int" })
  leaderId: number;
  @Column({ type: "int" })
  organizationId: number;
  @Column({ type: "int" })
  year: number;
  @date()
  startedOn: string;
  @date({ nullable: true })
  endedOn: string | null;
}

@Entity("quota_plan")
export class QuotaPlanEntity {
  @PrimaryGeneratedColumn()
  id: number;
  @Column({ type: "int" })
  year: number;
  @Column({ type: "varchar", length: 8 })
  level: string;
  @Column({ type: "int" })
  total: number;
}

@Entity("quota_allocation")
export class QuotaAllocationEntity {
  @PrimaryGeneratedColumn()
  id: number;
  @Column({ type: "int" })
  planId: number;
  @Column({ type: "varchar", length: 6 })
  countyCode: string;
  @Column({ type: "int" })
  quota: number;
}

@Entity("app_user")
export class UserEntity {
  @PrimaryGeneratedColumn()
  id: number;
  @Column({ type: "varchar", length: 64 })
  username: string;
  @Column({ type: "varchar", length: 255 })
  passwordHash: string;
  @Column({ type: "varchar", length: 16 })
  role: string;
  @Column({ type: "varchar", length: 6, nullable: true })
  countyCode: string | null;
  @Column({ type: "varchar", length: 32, nullable: true })
  displayName: string | null;
  @Column({ type: "boolean" })
  disabled: boolean;
  /** Raised to revoke every token issued before (password reset, disabling). */
  @Column({ type: "int" })
  tokenVersion: number;
}

/** Facts about the database itself, e.g. which reference dataset was seeded. */
@Entity("app_meta")
export class MetaEntity {
  @PrimaryColumn({ type: "varchar", length: 64 })
  key: string;
  @Column({ type: "varchar", length: 255 })
  value: string;
}

export const ENTITIES = [
  CountyEntity,
  ParkEntity,
  OrganizationEntity,
  BranchEntity,
  CoverageLinkEntity,
  LiaisonEntity,
  LiaisonAssignmentEntity,
  LeaderEntity,
  ContactPointEntity,
  QuotaPlanEntity,
  QuotaAllocationEntity,
  UserEntity,
  MetaEntity,
];
