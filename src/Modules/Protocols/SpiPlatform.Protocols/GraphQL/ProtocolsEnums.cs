using GraphQL.Types;
using SpiPlatform.Protocols.Contracts;

namespace SpiPlatform.Protocols.GraphQL;

internal sealed class AgreementKindGraphType : EnumerationGraphType<AgreementKind>;

internal sealed class AgreementStatusGraphType : EnumerationGraphType<AgreementStatus>;

internal sealed class AgreementServiceAreaGraphType : EnumerationGraphType<AgreementServiceArea>;

internal sealed class DataCategoryGraphType : EnumerationGraphType<DataCategory>;

internal sealed class StatutoryGatewayGraphType : EnumerationGraphType<StatutoryGateway>;

internal sealed class FlowStageGraphType : EnumerationGraphType<FlowStage>;

internal sealed class FlowMethodGraphType : EnumerationGraphType<FlowMethod>;

internal sealed class PartnerRoleGraphType : EnumerationGraphType<PartnerRole>;
