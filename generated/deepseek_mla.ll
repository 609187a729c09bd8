; ModuleID = 'deepseek_mla'
source_filename = "deepseek_mla"
target triple = "x86_64-unknown-linux-gnu"

@deepseek_mla.name = private unnamed_addr constant [13 x i8] c"deepseek_mla\00"
@deepseek_mla.spec = private unnamed_addr constant [392 x i8] c"attncc: 1\0Aname: deepseek_mla\0Aphase: decode\0Akind: self\0Aheads: {q: 128, kv: 128, dim: 192, v_dim: 128}\0Atypes: {q: bf16, cache: bf16, out: bf16}\0Ascale: auto\0Acache: {store: latent, layout: contiguous, order: token_major, capacity: 16384, latent_dim: 512, rope_dim: 64, shared_across_layers: false}\0Amask: {causal: true}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 61, d_model: 7168}\0A\00"
@deepseek_mla_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32, i32, i32, i32, i32, ptr } { i32 7, i32 1, i64 -5563823977153995433, ptr @deepseek_mla.name, ptr @deepseek_mla.spec, i32 128, i32 128, i32 192, i32 128, i32 2, i32 2, i32 2, i32 0, i32 0, i32 0, i32 16384, i32 1, i32 0, float 0x3FB279A740000000, i32 3, i32 576, i32 64, ptr null, i32 0, i32 0, i32 0, i32 0, float 0.000000e+00, i32 0, i32 0, i32 0, i32 0, i32 0, ptr null }, align 8
@deepseek_mla_kernel = internal constant { ptr, ptr, i32, i32, i32, i32, i32, i32, ptr } { ptr @deepseek_mla_info_data, ptr @deepseek_mla_tile, i32 1, i32 32, i32 16, i32 256, i32 1, i32 512, ptr @deepseek_mla_project }, align 8

; Function Attrs: nounwind
define internal void @deepseek_mla_project(ptr %0, ptr %1, i64 %2) #0 {
entry:
  %head = srem i64 %2, 128
  %3 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %3, align 8
  %4 = mul i64 %2, 256
  %5 = getelementptr i8, ptr %out, i64 %4
  %6 = getelementptr i8, ptr %0, i64 112
  %w_out = load ptr, ptr %6, align 8
  %7 = getelementptr i8, ptr %0, i64 120
  %out_bias = load ptr, ptr %7, align 8
  %8 = icmp ne ptr %1, null
  %nk = select i1 %8, i64 512, i64 0
  %9 = icmp ne ptr %out_bias, null
  %10 = and i1 %8, %9
  %col = mul i64 %head, 128
  br label %proj_k

proj_k:                                           ; preds = %body, %entry
  %pacc.sroa.42.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %39, %body ]
  %pacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %36, %body ]
  %pacc.sroa.30.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %33, %body ]
  %pacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %30, %body ]
  %pacc.sroa.18.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %27, %body ]
  %pacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %24, %body ]
  %pacc.sroa.6.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %21, %body ]
  %pacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %18, %body ]
  %proj_k1 = phi i64 [ 0, %entry ], [ %40, %body ]
  %11 = icmp slt i64 %proj_k1, %nk
  br i1 %11, label %body, label %exit

body:                                             ; preds = %proj_k
  %12 = getelementptr float, ptr %1, i64 %proj_k1
  %uk = load float, ptr %12, align 4
  %13 = insertelement <16 x float> poison, float %uk, i32 0
  %splat = shufflevector <16 x float> %13, <16 x float> poison, <16 x i32> zeroinitializer
  %14 = mul i64 %proj_k1, 16384
  %15 = add i64 %14, %col
  %16 = getelementptr float, ptr %w_out, i64 %15
  %17 = load <16 x float>, ptr %16, align 4
  %18 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %17, <16 x float> %pacc.sroa.0.0)
  %19 = getelementptr float, ptr %16, i64 16
  %20 = load <16 x float>, ptr %19, align 4
  %21 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %20, <16 x float> %pacc.sroa.6.0)
  %22 = getelementptr float, ptr %16, i64 32
  %23 = load <16 x float>, ptr %22, align 4
  %24 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %23, <16 x float> %pacc.sroa.12.0)
  %25 = getelementptr float, ptr %16, i64 48
  %26 = load <16 x float>, ptr %25, align 4
  %27 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %26, <16 x float> %pacc.sroa.18.0)
  %28 = getelementptr float, ptr %16, i64 64
  %29 = load <16 x float>, ptr %28, align 4
  %30 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %29, <16 x float> %pacc.sroa.24.0)
  %31 = getelementptr float, ptr %16, i64 80
  %32 = load <16 x float>, ptr %31, align 4
  %33 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %32, <16 x float> %pacc.sroa.30.0)
  %34 = getelementptr float, ptr %16, i64 96
  %35 = load <16 x float>, ptr %34, align 4
  %36 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %35, <16 x float> %pacc.sroa.36.0)
  %37 = getelementptr float, ptr %16, i64 112
  %38 = load <16 x float>, ptr %37, align 4
  %39 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %38, <16 x float> %pacc.sroa.42.0)
  %40 = add nsw i64 %proj_k1, 1
  br label %proj_k

exit:                                             ; preds = %proj_k
  br i1 %10, label %bias, label %join

bias:                                             ; preds = %exit
  %41 = getelementptr float, ptr %out_bias, i64 %col
  %42 = load <16 x float>, ptr %41, align 4
  %43 = fadd <16 x float> %pacc.sroa.0.0, %42
  %44 = add i64 %col, 16
  %45 = getelementptr float, ptr %out_bias, i64 %44
  %46 = load <16 x float>, ptr %45, align 4
  %47 = fadd <16 x float> %pacc.sroa.6.0, %46
  %48 = add i64 %col, 32
  %49 = getelementptr float, ptr %out_bias, i64 %48
  %50 = load <16 x float>, ptr %49, align 4
  %51 = fadd <16 x float> %pacc.sroa.12.0, %50
  %52 = add i64 %col, 48
  %53 = getelementptr float, ptr %out_bias, i64 %52
  %54 = load <16 x float>, ptr %53, align 4
  %55 = fadd <16 x float> %pacc.sroa.18.0, %54
  %56 = add i64 %col, 64
  %57 = getelementptr float, ptr %out_bias, i64 %56
  %58 = load <16 x float>, ptr %57, align 4
  %59 = fadd <16 x float> %pacc.sroa.24.0, %58
  %60 = add i64 %col, 80
  %61 = getelementptr float, ptr %out_bias, i64 %60
  %62 = load <16 x float>, ptr %61, align 4
  %63 = fadd <16 x float> %pacc.sroa.30.0, %62
  %64 = add i64 %col, 96
  %65 = getelementptr float, ptr %out_bias, i64 %64
  %66 = load <16 x float>, ptr %65, align 4
  %67 = fadd <16 x float> %pacc.sroa.36.0, %66
  %68 = add i64 %col, 112
  %69 = getelementptr float, ptr %out_bias, i64 %68
  %70 = load <16 x float>, ptr %69, align 4
  %71 = fadd <16 x float> %pacc.sroa.42.0, %70
  br label %join

join:                                             ; preds = %bias, %exit
  %pacc.sroa.42.1 = phi <16 x float> [ %71, %bias ], [ %pacc.sroa.42.0, %exit ]
  %pacc.sroa.36.1 = phi <16 x float> [ %67, %bias ], [ %pacc.sroa.36.0, %exit ]
  %pacc.sroa.30.1 = phi <16 x float> [ %63, %bias ], [ %pacc.sroa.30.0, %exit ]
  %pacc.sroa.24.1 = phi <16 x float> [ %59, %bias ], [ %pacc.sroa.24.0, %exit ]
  %pacc.sroa.18.1 = phi <16 x float> [ %55, %bias ], [ %pacc.sroa.18.0, %exit ]
  %pacc.sroa.12.1 = phi <16 x float> [ %51, %bias ], [ %pacc.sroa.12.0, %exit ]
  %pacc.sroa.6.1 = phi <16 x float> [ %47, %bias ], [ %pacc.sroa.6.0, %exit ]
  %pacc.sroa.0.1 = phi <16 x float> [ %43, %bias ], [ %pacc.sroa.0.0, %exit ]
  %72 = bitcast <16 x float> %pacc.sroa.0.1 to <16 x i32>
  %73 = lshr <16 x i32> %72, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %74 = and <16 x i32> %73, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %75 = add <16 x i32> %74, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %76 = add <16 x i32> %72, %75
  %77 = lshr <16 x i32> %76, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %78 = fcmp uno <16 x float> %pacc.sroa.0.1, %pacc.sroa.0.1
  %79 = or <16 x i32> %73, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %80 = select <16 x i1> %78, <16 x i32> %79, <16 x i32> %77
  %81 = trunc <16 x i32> %80 to <16 x i16>
  store <16 x i16> %81, ptr %5, align 2
  %82 = getelementptr i8, ptr %5, i64 32
  %83 = bitcast <16 x float> %pacc.sroa.6.1 to <16 x i32>
  %84 = lshr <16 x i32> %83, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %85 = and <16 x i32> %84, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %86 = add <16 x i32> %85, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %87 = add <16 x i32> %83, %86
  %88 = lshr <16 x i32> %87, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %89 = fcmp uno <16 x float> %pacc.sroa.6.1, %pacc.sroa.6.1
  %90 = or <16 x i32> %84, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %91 = select <16 x i1> %89, <16 x i32> %90, <16 x i32> %88
  %92 = trunc <16 x i32> %91 to <16 x i16>
  store <16 x i16> %92, ptr %82, align 2
  %93 = getelementptr i8, ptr %5, i64 64
  %94 = bitcast <16 x float> %pacc.sroa.12.1 to <16 x i32>
  %95 = lshr <16 x i32> %94, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %96 = and <16 x i32> %95, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %97 = add <16 x i32> %96, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %98 = add <16 x i32> %94, %97
  %99 = lshr <16 x i32> %98, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %100 = fcmp uno <16 x float> %pacc.sroa.12.1, %pacc.sroa.12.1
  %101 = or <16 x i32> %95, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %102 = select <16 x i1> %100, <16 x i32> %101, <16 x i32> %99
  %103 = trunc <16 x i32> %102 to <16 x i16>
  store <16 x i16> %103, ptr %93, align 2
  %104 = getelementptr i8, ptr %5, i64 96
  %105 = bitcast <16 x float> %pacc.sroa.18.1 to <16 x i32>
  %106 = lshr <16 x i32> %105, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %107 = and <16 x i32> %106, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %108 = add <16 x i32> %107, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %109 = add <16 x i32> %105, %108
  %110 = lshr <16 x i32> %109, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %111 = fcmp uno <16 x float> %pacc.sroa.18.1, %pacc.sroa.18.1
  %112 = or <16 x i32> %106, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %113 = select <16 x i1> %111, <16 x i32> %112, <16 x i32> %110
  %114 = trunc <16 x i32> %113 to <16 x i16>
  store <16 x i16> %114, ptr %104, align 2
  %115 = getelementptr i8, ptr %5, i64 128
  %116 = bitcast <16 x float> %pacc.sroa.24.1 to <16 x i32>
  %117 = lshr <16 x i32> %116, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %118 = and <16 x i32> %117, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %119 = add <16 x i32> %118, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %120 = add <16 x i32> %116, %119
  %121 = lshr <16 x i32> %120, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %122 = fcmp uno <16 x float> %pacc.sroa.24.1, %pacc.sroa.24.1
  %123 = or <16 x i32> %117, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %124 = select <16 x i1> %122, <16 x i32> %123, <16 x i32> %121
  %125 = trunc <16 x i32> %124 to <16 x i16>
  store <16 x i16> %125, ptr %115, align 2
  %126 = getelementptr i8, ptr %5, i64 160
  %127 = bitcast <16 x float> %pacc.sroa.30.1 to <16 x i32>
  %128 = lshr <16 x i32> %127, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %129 = and <16 x i32> %128, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %130 = add <16 x i32> %129, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %131 = add <16 x i32> %127, %130
  %132 = lshr <16 x i32> %131, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %133 = fcmp uno <16 x float> %pacc.sroa.30.1, %pacc.sroa.30.1
  %134 = or <16 x i32> %128, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %135 = select <16 x i1> %133, <16 x i32> %134, <16 x i32> %132
  %136 = trunc <16 x i32> %135 to <16 x i16>
  store <16 x i16> %136, ptr %126, align 2
  %137 = getelementptr i8, ptr %5, i64 192
  %138 = bitcast <16 x float> %pacc.sroa.36.1 to <16 x i32>
  %139 = lshr <16 x i32> %138, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %140 = and <16 x i32> %139, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %141 = add <16 x i32> %140, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %142 = add <16 x i32> %138, %141
  %143 = lshr <16 x i32> %142, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %144 = fcmp uno <16 x float> %pacc.sroa.36.1, %pacc.sroa.36.1
  %145 = or <16 x i32> %139, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %146 = select <16 x i1> %144, <16 x i32> %145, <16 x i32> %143
  %147 = trunc <16 x i32> %146 to <16 x i16>
  store <16 x i16> %147, ptr %137, align 2
  %148 = getelementptr i8, ptr %5, i64 224
  %149 = bitcast <16 x float> %pacc.sroa.42.1 to <16 x i32>
  %150 = lshr <16 x i32> %149, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %151 = and <16 x i32> %150, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %152 = add <16 x i32> %151, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %153 = add <16 x i32> %149, %152
  %154 = lshr <16 x i32> %153, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %155 = fcmp uno <16 x float> %pacc.sroa.42.1, %pacc.sroa.42.1
  %156 = or <16 x i32> %150, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %157 = select <16 x i1> %155, <16 x i32> %156, <16 x i32> %154
  %158 = trunc <16 x i32> %157 to <16 x i16>
  store <16 x i16> %158, ptr %148, align 2
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nounwind
define internal void @deepseek_mla_tile(ptr %0, ptr %1) #0 {
entry:
  %dots = alloca [16 x <16 x float>], align 64
  %qnope = alloca [8 x <16 x float>], align 64
  %lv = alloca [2 x <16 x float>], align 64
  %mv = alloca [2 x <16 x float>], align 64
  %lims = alloca [32 x i32], align 64
  %rowbuf = alloca [36 x <16 x float>], align 64
  %ot = alloca [65536 x i8], align 64
  %st = alloca [3072 x i8], align 64
  %vbuf = alloca [24576 x i8], align 64
  %kbuf = alloca [55296 x i8], align 64
  %qt = alloca [73728 x i8], align 64
  %ls = alloca [32 x float], align 64
  %ms = alloca [32 x float], align 64
  %q_row0 = load i64, ptr %1, align 4
  %2 = getelementptr i8, ptr %1, i64 8
  %seq = load i32, ptr %2, align 4
  %3 = getelementptr i8, ptr %1, i64 12
  %kv_head = load i32, ptr %3, align 4
  %4 = getelementptr i8, ptr %1, i64 16
  %h_begin = load i32, ptr %4, align 4
  %5 = getelementptr i8, ptr %1, i64 20
  %h_end = load i32, ptr %5, align 4
  %nh = sub i32 %h_end, %h_begin
  %6 = getelementptr i8, ptr %1, i64 24
  %q_begin = load i32, ptr %6, align 4
  %7 = getelementptr i8, ptr %1, i64 28
  %q_end = load i32, ptr %7, align 4
  %8 = sub i32 %q_end, %q_begin
  %nrows = mul i32 %8, %nh
  %9 = getelementptr i8, ptr %1, i64 32
  %q_pos0 = load i32, ptr %9, align 4
  %10 = getelementptr i8, ptr %1, i64 36
  %k_begin = load i32, ptr %10, align 4
  %11 = getelementptr i8, ptr %1, i64 40
  %k_end = load i32, ptr %11, align 4
  %12 = getelementptr i8, ptr %1, i64 44
  %13 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %13, align 8
  %14 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %14, align 8
  %15 = getelementptr i8, ptr %0, i64 40
  %16 = getelementptr i8, ptr %0, i64 48
  %17 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %17, align 8
  %18 = sext i32 %seq to i64
  %19 = mul i64 %18, 18874368
  %20 = getelementptr i8, ptr %k_cache, i64 %19
  %21 = sext i32 %kv_head to i64
  %22 = icmp sgt i32 %nrows, 0
  br i1 %22, label %qrow, label %done

done:                                             ; preds = %orow138, %entry
  ret void

qrow:                                             ; preds = %entry, %exit22
  %qrow1 = phi i32 [ %216, %exit22 ], [ 0, %entry ]
  %23 = icmp slt i32 %qrow1, 32
  br i1 %23, label %body, label %otzero

body:                                             ; preds = %qrow
  %24 = icmp slt i32 %qrow1, %nrows
  %25 = sub i32 %nrows, 1
  %26 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %25)
  %27 = sdiv i32 %26, %nh
  %qi = add i32 %q_begin, %27
  %28 = srem i32 %26, %nh
  %29 = add i32 %h_begin, %28
  %30 = mul i32 %kv_head, 128
  %hq = add i32 %30, %29
  %31 = sext i32 %qi to i64
  %32 = add i64 %q_row0, %31
  %33 = mul i64 %32, 128
  %34 = sext i32 %hq to i64
  %orow = add i64 %33, %34
  %35 = mul i64 %orow, 384
  %36 = getelementptr i8, ptr %q, i64 %35
  %37 = select i1 %24, float 0x3FBAA772A0000000, float 0.000000e+00
  %38 = insertelement <16 x float> poison, float %37, i32 0
  %splat = shufflevector <16 x float> %38, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %47, %body2 ]
  %39 = icmp slt i64 %chunk5, 8
  br i1 %39, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %40 = mul i64 %chunk5, 32
  %41 = getelementptr i8, ptr %36, i64 %40
  %42 = load <16 x i16>, ptr %41, align 2
  %43 = zext <16 x i16> %42 to <16 x i32>
  %44 = shl <16 x i32> %43, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16 = bitcast <16 x i32> %44 to <16 x float>
  %45 = fmul <16 x float> %bf16, %splat
  %46 = getelementptr <16 x float>, ptr %qnope, i64 %chunk5
  store <16 x float> %45, ptr %46, align 64
  %47 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %48 = getelementptr <16 x float>, ptr %rowbuf, i64 32
  store <16 x float> zeroinitializer, ptr %48, align 64
  %49 = getelementptr <16 x float>, ptr %rowbuf, i64 33
  store <16 x float> zeroinitializer, ptr %49, align 64
  %50 = getelementptr <16 x float>, ptr %rowbuf, i64 34
  store <16 x float> zeroinitializer, ptr %50, align 64
  %51 = getelementptr <16 x float>, ptr %rowbuf, i64 35
  store <16 x float> zeroinitializer, ptr %51, align 64
  %52 = srem i64 %orow, 128
  %53 = getelementptr i8, ptr %0, i64 128
  %w_absorb = load ptr, ptr %53, align 8
  %54 = mul i64 %52, 128
  %55 = getelementptr float, ptr %w_absorb, i64 %54
  br label %absorb

absorb:                                           ; preds = %exit12, %exit4
  %absorb9 = phi i64 [ 0, %exit4 ], [ %185, %exit12 ]
  %56 = icmp slt i64 %absorb9, 32
  br i1 %56, label %body6, label %rope

body6:                                            ; preds = %absorb
  %57 = mul i64 %absorb9, 16
  br label %absorb_out

absorb_out:                                       ; preds = %body10, %body6
  %absorb_out13 = phi i64 [ 0, %body6 ], [ %102, %body10 ]
  %58 = icmp slt i64 %absorb_out13, 16
  br i1 %58, label %body10, label %exit12

body10:                                           ; preds = %absorb_out
  %59 = add i64 %57, %absorb_out13
  %60 = call i64 @llvm.smin.i64(i64 %59, i64 511)
  %61 = mul i64 %60, 16384
  %62 = getelementptr float, ptr %55, i64 %61
  %63 = load <16 x float>, ptr %62, align 4
  %64 = load <16 x float>, ptr %qnope, align 64
  %65 = fmul <16 x float> %64, %63
  %66 = getelementptr float, ptr %62, i64 16
  %67 = load <16 x float>, ptr %66, align 4
  %68 = getelementptr <16 x float>, ptr %qnope, i64 1
  %69 = load <16 x float>, ptr %68, align 64
  %70 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %69, <16 x float> %67, <16 x float> %65)
  %71 = getelementptr float, ptr %62, i64 32
  %72 = load <16 x float>, ptr %71, align 4
  %73 = getelementptr <16 x float>, ptr %qnope, i64 2
  %74 = load <16 x float>, ptr %73, align 64
  %75 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %74, <16 x float> %72, <16 x float> %70)
  %76 = getelementptr float, ptr %62, i64 48
  %77 = load <16 x float>, ptr %76, align 4
  %78 = getelementptr <16 x float>, ptr %qnope, i64 3
  %79 = load <16 x float>, ptr %78, align 64
  %80 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %79, <16 x float> %77, <16 x float> %75)
  %81 = getelementptr float, ptr %62, i64 64
  %82 = load <16 x float>, ptr %81, align 4
  %83 = getelementptr <16 x float>, ptr %qnope, i64 4
  %84 = load <16 x float>, ptr %83, align 64
  %85 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %84, <16 x float> %82, <16 x float> %80)
  %86 = getelementptr float, ptr %62, i64 80
  %87 = load <16 x float>, ptr %86, align 4
  %88 = getelementptr <16 x float>, ptr %qnope, i64 5
  %89 = load <16 x float>, ptr %88, align 64
  %90 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %89, <16 x float> %87, <16 x float> %85)
  %91 = getelementptr float, ptr %62, i64 96
  %92 = load <16 x float>, ptr %91, align 4
  %93 = getelementptr <16 x float>, ptr %qnope, i64 6
  %94 = load <16 x float>, ptr %93, align 64
  %95 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %94, <16 x float> %92, <16 x float> %90)
  %96 = getelementptr float, ptr %62, i64 112
  %97 = load <16 x float>, ptr %96, align 4
  %98 = getelementptr <16 x float>, ptr %qnope, i64 7
  %99 = load <16 x float>, ptr %98, align 64
  %100 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %99, <16 x float> %97, <16 x float> %95)
  %101 = getelementptr <16 x float>, ptr %dots, i64 %absorb_out13
  store <16 x float> %100, ptr %101, align 64
  %102 = add nsw i64 %absorb_out13, 1
  br label %absorb_out

exit12:                                           ; preds = %absorb_out
  %103 = load <16 x float>, ptr %dots, align 64
  %104 = getelementptr <16 x float>, ptr %dots, i64 1
  %105 = load <16 x float>, ptr %104, align 64
  %106 = shufflevector <16 x float> %103, <16 x float> %105, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %107 = shufflevector <16 x float> %103, <16 x float> %105, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %108 = fadd <16 x float> %106, %107
  %109 = getelementptr <16 x float>, ptr %dots, i64 2
  %110 = load <16 x float>, ptr %109, align 64
  %111 = getelementptr <16 x float>, ptr %dots, i64 3
  %112 = load <16 x float>, ptr %111, align 64
  %113 = shufflevector <16 x float> %110, <16 x float> %112, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %114 = shufflevector <16 x float> %110, <16 x float> %112, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %115 = fadd <16 x float> %113, %114
  %116 = shufflevector <16 x float> %108, <16 x float> %115, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %117 = shufflevector <16 x float> %108, <16 x float> %115, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %118 = fadd <16 x float> %116, %117
  %119 = getelementptr <16 x float>, ptr %dots, i64 4
  %120 = load <16 x float>, ptr %119, align 64
  %121 = getelementptr <16 x float>, ptr %dots, i64 5
  %122 = load <16 x float>, ptr %121, align 64
  %123 = shufflevector <16 x float> %120, <16 x float> %122, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %124 = shufflevector <16 x float> %120, <16 x float> %122, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %125 = fadd <16 x float> %123, %124
  %126 = getelementptr <16 x float>, ptr %dots, i64 6
  %127 = load <16 x float>, ptr %126, align 64
  %128 = getelementptr <16 x float>, ptr %dots, i64 7
  %129 = load <16 x float>, ptr %128, align 64
  %130 = shufflevector <16 x float> %127, <16 x float> %129, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %131 = shufflevector <16 x float> %127, <16 x float> %129, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %132 = fadd <16 x float> %130, %131
  %133 = shufflevector <16 x float> %125, <16 x float> %132, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %134 = shufflevector <16 x float> %125, <16 x float> %132, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %135 = fadd <16 x float> %133, %134
  %136 = shufflevector <16 x float> %118, <16 x float> %135, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %137 = shufflevector <16 x float> %118, <16 x float> %135, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %138 = fadd <16 x float> %136, %137
  %139 = getelementptr <16 x float>, ptr %dots, i64 8
  %140 = load <16 x float>, ptr %139, align 64
  %141 = getelementptr <16 x float>, ptr %dots, i64 9
  %142 = load <16 x float>, ptr %141, align 64
  %143 = shufflevector <16 x float> %140, <16 x float> %142, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %144 = shufflevector <16 x float> %140, <16 x float> %142, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %145 = fadd <16 x float> %143, %144
  %146 = getelementptr <16 x float>, ptr %dots, i64 10
  %147 = load <16 x float>, ptr %146, align 64
  %148 = getelementptr <16 x float>, ptr %dots, i64 11
  %149 = load <16 x float>, ptr %148, align 64
  %150 = shufflevector <16 x float> %147, <16 x float> %149, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %151 = shufflevector <16 x float> %147, <16 x float> %149, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %152 = fadd <16 x float> %150, %151
  %153 = shufflevector <16 x float> %145, <16 x float> %152, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %154 = shufflevector <16 x float> %145, <16 x float> %152, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %155 = fadd <16 x float> %153, %154
  %156 = getelementptr <16 x float>, ptr %dots, i64 12
  %157 = load <16 x float>, ptr %156, align 64
  %158 = getelementptr <16 x float>, ptr %dots, i64 13
  %159 = load <16 x float>, ptr %158, align 64
  %160 = shufflevector <16 x float> %157, <16 x float> %159, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %161 = shufflevector <16 x float> %157, <16 x float> %159, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %162 = fadd <16 x float> %160, %161
  %163 = getelementptr <16 x float>, ptr %dots, i64 14
  %164 = load <16 x float>, ptr %163, align 64
  %165 = getelementptr <16 x float>, ptr %dots, i64 15
  %166 = load <16 x float>, ptr %165, align 64
  %167 = shufflevector <16 x float> %164, <16 x float> %166, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %168 = shufflevector <16 x float> %164, <16 x float> %166, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %169 = fadd <16 x float> %167, %168
  %170 = shufflevector <16 x float> %162, <16 x float> %169, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %171 = shufflevector <16 x float> %162, <16 x float> %169, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %172 = fadd <16 x float> %170, %171
  %173 = shufflevector <16 x float> %155, <16 x float> %172, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %174 = shufflevector <16 x float> %155, <16 x float> %172, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %175 = fadd <16 x float> %173, %174
  %176 = shufflevector <16 x float> %138, <16 x float> %175, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %177 = shufflevector <16 x float> %138, <16 x float> %175, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %178 = fadd <16 x float> %176, %177
  %179 = trunc i64 %57 to i32
  %180 = insertelement <16 x i32> poison, i32 %179, i32 0
  %splat14 = shufflevector <16 x i32> %180, <16 x i32> poison, <16 x i32> zeroinitializer
  %181 = add <16 x i32> %splat14, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %182 = icmp slt <16 x i32> %181, <i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512>
  %183 = getelementptr <16 x float>, ptr %rowbuf, i64 %absorb9
  %184 = select <16 x i1> %182, <16 x float> %178, <16 x float> zeroinitializer
  store <16 x float> %184, ptr %183, align 64
  %185 = add nsw i64 %absorb9, 1
  br label %absorb

rope:                                             ; preds = %absorb, %body15
  %rope18 = phi i64 [ %197, %body15 ], [ 0, %absorb ]
  %186 = icmp slt i64 %rope18, 64
  br i1 %186, label %body15, label %exit17

body15:                                           ; preds = %rope
  %187 = add i64 %rope18, 128
  %188 = mul i64 %187, 2
  %189 = getelementptr i8, ptr %36, i64 %188
  %190 = call <16 x i16> @llvm.masked.load.v16i16.p0(ptr %189, i32 2, <16 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <16 x i16> zeroinitializer)
  %191 = zext <16 x i16> %190 to <16 x i32>
  %192 = shl <16 x i32> %191, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1619 = bitcast <16 x i32> %192 to <16 x float>
  %193 = extractelement <16 x float> %bf1619, i32 0
  %194 = add i64 %rope18, 512
  %195 = getelementptr float, ptr %rowbuf, i64 %194
  %196 = fmul float %193, %37
  store float %196, ptr %195, align 4
  %197 = add nsw i64 %rope18, 1
  br label %rope

exit17:                                           ; preds = %rope
  %198 = sext i32 %qrow1 to i64
  %199 = getelementptr i32, ptr %lims, i64 %198
  %qpos = add i32 %q_pos0, %qi
  %200 = add i32 %qpos, 1
  %201 = call i32 @llvm.smin.i32(i32 %200, i32 %k_end)
  store i32 %201, ptr %199, align 4
  %202 = sdiv i32 %qrow1, 32
  %203 = sext i32 %202 to i64
  %204 = mul i64 %203, 18432
  %205 = getelementptr i32, ptr %qt, i64 %204
  %206 = srem i32 %qrow1, 32
  br label %qcol

qcol:                                             ; preds = %body20, %exit17
  %qcol23 = phi i32 [ 0, %exit17 ], [ %215, %body20 ]
  %207 = icmp slt i32 %qcol23, 576
  br i1 %207, label %body20, label %exit22

body20:                                           ; preds = %qcol
  %208 = sext i32 %qcol23 to i64
  %209 = getelementptr i32, ptr %rowbuf, i64 %208
  %210 = load float, ptr %209, align 4
  %211 = sext i32 %206 to i64
  %212 = mul i64 %208, 32
  %213 = add i64 %212, %211
  %214 = getelementptr i32, ptr %205, i64 %213
  store float %210, ptr %214, align 4
  %215 = add nsw i32 %qcol23, 1
  br label %qcol

exit22:                                           ; preds = %qcol
  %216 = add nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body24
  %otzero27 = phi i32 [ %221, %body24 ], [ 0, %qrow ]
  %217 = icmp slt i32 %otzero27, 1024
  br i1 %217, label %body24, label %exit26

body24:                                           ; preds = %otzero
  %218 = sext i32 %otzero27 to i64
  %219 = mul i64 %218, 16
  %220 = getelementptr i32, ptr %ot, i64 %219
  store <16 x float> zeroinitializer, ptr %220, align 64
  %221 = add nsw i32 %otzero27, 1
  br label %otzero

exit26:                                           ; preds = %otzero
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %mv, align 64
  store <16 x float> zeroinitializer, ptr %lv, align 64
  %222 = getelementptr <16 x float>, ptr %mv, i64 1
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %222, align 64
  %223 = getelementptr <16 x float>, ptr %lv, i64 1
  store <16 x float> zeroinitializer, ptr %223, align 64
  %224 = sub i32 %nrows, 1
  %225 = sdiv i32 %224, %nh
  %226 = add i32 %q_begin, %225
  %qpos28 = add i32 %q_pos0, %226
  %227 = add i32 %qpos28, 1
  %228 = call i32 @llvm.smin.i32(i32 %227, i32 %k_end)
  %k_last = sub i32 %228, 1
  br label %ktile

ktile:                                            ; preds = %exit56, %exit26
  %ktile32 = phi i32 [ %k_begin, %exit26 ], [ %293, %exit56 ]
  %229 = icmp slt i32 %ktile32, %228
  br i1 %229, label %body29, label %exit31

body29:                                           ; preds = %ktile
  %230 = sub i32 %228, %ktile32
  %231 = call i32 @llvm.smin.i32(i32 12, i32 %230)
  %232 = add i32 %231, 11
  %233 = sdiv i32 %232, 12
  %234 = mul i32 %233, 12
  br label %kpack

exit31:                                           ; preds = %ktile
  %235 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %235, ptr %ms, align 64
  %236 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %236, ptr %ls, align 64
  %237 = getelementptr float, ptr %ms, i64 16
  %238 = load <16 x float>, ptr %222, align 64
  store <16 x float> %238, ptr %237, align 64
  %239 = getelementptr float, ptr %ls, i64 16
  %240 = load <16 x float>, ptr %223, align 64
  store <16 x float> %240, ptr %239, align 64
  br label %orow138

kpack:                                            ; preds = %exit40, %body29
  %kpack36 = phi i32 [ 0, %body29 ], [ %260, %exit40 ]
  %241 = icmp slt i32 %kpack36, %234
  br i1 %241, label %body33, label %vpack

body33:                                           ; preds = %kpack
  %242 = add i32 %ktile32, %kpack36
  %243 = call i32 @llvm.smin.i32(i32 %242, i32 %k_last)
  %244 = sext i32 %243 to i64
  %row = add i64 %21, %244
  %245 = mul i64 %row, 1152
  %246 = getelementptr i8, ptr %20, i64 %245
  %247 = sext i32 %kpack36 to i64
  %248 = mul i64 %247, 576
  %249 = getelementptr i32, ptr %kbuf, i64 %248
  br label %chunk37

chunk37:                                          ; preds = %body38, %body33
  %chunk41 = phi i64 [ 0, %body33 ], [ %259, %body38 ]
  %250 = icmp slt i64 %chunk41, 36
  br i1 %250, label %body38, label %exit40

body38:                                           ; preds = %chunk37
  %251 = mul i64 %chunk41, 16
  %252 = mul i64 %251, 4
  %253 = mul i64 %251, 2
  %254 = getelementptr i8, ptr %246, i64 %253
  %255 = load <16 x i16>, ptr %254, align 2
  %256 = zext <16 x i16> %255 to <16 x i32>
  %257 = shl <16 x i32> %256, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1642 = bitcast <16 x i32> %257 to <16 x float>
  %258 = getelementptr i8, ptr %249, i64 %252
  store <16 x float> %bf1642, ptr %258, align 64
  %259 = add nsw i64 %chunk41, 1
  br label %chunk37

exit40:                                           ; preds = %chunk37
  %260 = add nsw i32 %kpack36, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %exit51
  %vpack46 = phi i32 [ %280, %exit51 ], [ 0, %kpack ]
  %261 = icmp slt i32 %vpack46, %231
  br i1 %261, label %body43, label %exit45

body43:                                           ; preds = %vpack
  %262 = add i32 %ktile32, %vpack46
  %263 = sext i32 %262 to i64
  %row47 = add i64 %21, %263
  %264 = mul i64 %row47, 1152
  %265 = getelementptr i8, ptr %20, i64 %264
  %266 = sext i32 %vpack46 to i64
  %267 = mul i64 %266, 512
  %268 = getelementptr i32, ptr %vbuf, i64 %267
  br label %chunk48

exit45:                                           ; preds = %vpack
  %269 = add i32 %nrows, 31
  %nblk = sdiv i32 %269, 32
  br label %rblock

chunk48:                                          ; preds = %body49, %body43
  %chunk52 = phi i64 [ 0, %body43 ], [ %279, %body49 ]
  %270 = icmp slt i64 %chunk52, 32
  br i1 %270, label %body49, label %exit51

body49:                                           ; preds = %chunk48
  %271 = mul i64 %chunk52, 16
  %272 = mul i64 %271, 4
  %273 = mul i64 %271, 2
  %274 = getelementptr i8, ptr %265, i64 %273
  %275 = load <16 x i16>, ptr %274, align 2
  %276 = zext <16 x i16> %275 to <16 x i32>
  %277 = shl <16 x i32> %276, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1653 = bitcast <16 x i32> %277 to <16 x float>
  %278 = getelementptr i8, ptr %268, i64 %272
  store <16 x float> %bf1653, ptr %278, align 64
  %279 = add nsw i64 %chunk52, 1
  br label %chunk48

exit51:                                           ; preds = %chunk48
  %280 = add nsw i32 %vpack46, 1
  br label %vpack

rblock:                                           ; preds = %join, %exit45
  %rblock57 = phi i32 [ 0, %exit45 ], [ %307, %join ]
  %281 = icmp slt i32 %rblock57, %nblk
  br i1 %281, label %body54, label %exit56

body54:                                           ; preds = %rblock
  %282 = sext i32 %rblock57 to i64
  %283 = mul i32 %rblock57, 32
  %284 = add i32 %283, 31
  %285 = call i32 @llvm.smin.i32(i32 %284, i32 %224)
  %286 = sdiv i32 %285, %nh
  %287 = add i32 %q_begin, %286
  %qpos58 = add i32 %q_pos0, %287
  %288 = add i32 %qpos58, 1
  %289 = call i32 @llvm.smin.i32(i32 %288, i32 %k_end)
  %290 = sub i32 %289, %ktile32
  %291 = call i32 @llvm.smin.i32(i32 %231, i32 %290)
  %292 = icmp sgt i32 %291, 0
  br i1 %292, label %rvisit, label %join

exit56:                                           ; preds = %rblock
  %293 = add nsw i32 %ktile32, 12
  br label %ktile

rvisit:                                           ; preds = %body54
  %294 = mul i64 %282, 18432
  %295 = getelementptr i32, ptr %qt, i64 %294
  %296 = mul i64 %282, 16384
  %297 = getelementptr i32, ptr %ot, i64 %296
  %298 = mul i64 %282, 2
  %299 = getelementptr <16 x float>, ptr %mv, i64 %298
  %300 = getelementptr <16 x float>, ptr %lv, i64 %298
  %301 = mul i64 %282, 32
  %302 = getelementptr i32, ptr %lims, i64 %301
  %303 = load <16 x i32>, ptr %302, align 64
  %304 = add i64 %301, 16
  %305 = getelementptr i32, ptr %lims, i64 %304
  %306 = load <16 x i32>, ptr %305, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body54
  %307 = add nsw i32 %rblock57, 1
  br label %rblock

sblock:                                           ; preds = %exit65, %rvisit
  %sblock62 = phi i32 [ 0, %rvisit ], [ %391, %exit65 ]
  %308 = icmp slt i32 %sblock62, %291
  br i1 %308, label %body59, label %smask

body59:                                           ; preds = %sblock
  %309 = sext i32 %sblock62 to i64
  %310 = mul i64 %309, 576
  %311 = getelementptr i32, ptr %kbuf, i64 %310
  br label %sdim

sdim:                                             ; preds = %body63, %body59
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body59 ], [ %364, %body63 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body59 ], [ %363, %body63 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body59 ], [ %360, %body63 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body59 ], [ %359, %body63 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body59 ], [ %356, %body63 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body59 ], [ %355, %body63 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body59 ], [ %352, %body63 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body59 ], [ %351, %body63 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body59 ], [ %348, %body63 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body59 ], [ %347, %body63 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body59 ], [ %344, %body63 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body59 ], [ %343, %body63 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body59 ], [ %340, %body63 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body59 ], [ %339, %body63 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body59 ], [ %336, %body63 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body59 ], [ %335, %body63 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body59 ], [ %332, %body63 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body59 ], [ %331, %body63 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body59 ], [ %328, %body63 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body59 ], [ %327, %body63 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body59 ], [ %324, %body63 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body59 ], [ %323, %body63 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body59 ], [ %320, %body63 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body59 ], [ %319, %body63 ]
  %sdim66 = phi i32 [ 0, %body59 ], [ %365, %body63 ]
  %312 = icmp slt i32 %sdim66, 576
  br i1 %312, label %body63, label %exit65

body63:                                           ; preds = %sdim
  %313 = sext i32 %sdim66 to i64
  %314 = mul i64 %313, 32
  %315 = getelementptr i32, ptr %295, i64 %314
  %qt67 = load <16 x float>, ptr %315, align 64
  %316 = getelementptr i32, ptr %315, i64 16
  %qt68 = load <16 x float>, ptr %316, align 64
  %317 = getelementptr i32, ptr %311, i64 %313
  %k = load float, ptr %317, align 4
  %318 = insertelement <16 x float> poison, float %k, i32 0
  %splat69 = shufflevector <16 x float> %318, <16 x float> poison, <16 x i32> zeroinitializer
  %319 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat69, <16 x float> %sacc.sroa.0.0)
  %320 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt68, <16 x float> %splat69, <16 x float> %sacc.sroa.4.0)
  %321 = getelementptr i32, ptr %317, i64 576
  %k70 = load float, ptr %321, align 4
  %322 = insertelement <16 x float> poison, float %k70, i32 0
  %splat71 = shufflevector <16 x float> %322, <16 x float> poison, <16 x i32> zeroinitializer
  %323 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat71, <16 x float> %sacc.sroa.8.0)
  %324 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt68, <16 x float> %splat71, <16 x float> %sacc.sroa.12.0)
  %325 = getelementptr i32, ptr %317, i64 1152
  %k72 = load float, ptr %325, align 4
  %326 = insertelement <16 x float> poison, float %k72, i32 0
  %splat73 = shufflevector <16 x float> %326, <16 x float> poison, <16 x i32> zeroinitializer
  %327 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat73, <16 x float> %sacc.sroa.16.0)
  %328 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt68, <16 x float> %splat73, <16 x float> %sacc.sroa.20.0)
  %329 = getelementptr i32, ptr %317, i64 1728
  %k74 = load float, ptr %329, align 4
  %330 = insertelement <16 x float> poison, float %k74, i32 0
  %splat75 = shufflevector <16 x float> %330, <16 x float> poison, <16 x i32> zeroinitializer
  %331 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat75, <16 x float> %sacc.sroa.24.0)
  %332 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt68, <16 x float> %splat75, <16 x float> %sacc.sroa.28.0)
  %333 = getelementptr i32, ptr %317, i64 2304
  %k76 = load float, ptr %333, align 4
  %334 = insertelement <16 x float> poison, float %k76, i32 0
  %splat77 = shufflevector <16 x float> %334, <16 x float> poison, <16 x i32> zeroinitializer
  %335 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat77, <16 x float> %sacc.sroa.32.0)
  %336 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt68, <16 x float> %splat77, <16 x float> %sacc.sroa.36.0)
  %337 = getelementptr i32, ptr %317, i64 2880
  %k78 = load float, ptr %337, align 4
  %338 = insertelement <16 x float> poison, float %k78, i32 0
  %splat79 = shufflevector <16 x float> %338, <16 x float> poison, <16 x i32> zeroinitializer
  %339 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat79, <16 x float> %sacc.sroa.40.0)
  %340 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt68, <16 x float> %splat79, <16 x float> %sacc.sroa.44.0)
  %341 = getelementptr i32, ptr %317, i64 3456
  %k80 = load float, ptr %341, align 4
  %342 = insertelement <16 x float> poison, float %k80, i32 0
  %splat81 = shufflevector <16 x float> %342, <16 x float> poison, <16 x i32> zeroinitializer
  %343 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat81, <16 x float> %sacc.sroa.48.0)
  %344 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt68, <16 x float> %splat81, <16 x float> %sacc.sroa.52.0)
  %345 = getelementptr i32, ptr %317, i64 4032
  %k82 = load float, ptr %345, align 4
  %346 = insertelement <16 x float> poison, float %k82, i32 0
  %splat83 = shufflevector <16 x float> %346, <16 x float> poison, <16 x i32> zeroinitializer
  %347 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat83, <16 x float> %sacc.sroa.56.0)
  %348 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt68, <16 x float> %splat83, <16 x float> %sacc.sroa.60.0)
  %349 = getelementptr i32, ptr %317, i64 4608
  %k84 = load float, ptr %349, align 4
  %350 = insertelement <16 x float> poison, float %k84, i32 0
  %splat85 = shufflevector <16 x float> %350, <16 x float> poison, <16 x i32> zeroinitializer
  %351 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat85, <16 x float> %sacc.sroa.64.0)
  %352 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt68, <16 x float> %splat85, <16 x float> %sacc.sroa.68.0)
  %353 = getelementptr i32, ptr %317, i64 5184
  %k86 = load float, ptr %353, align 4
  %354 = insertelement <16 x float> poison, float %k86, i32 0
  %splat87 = shufflevector <16 x float> %354, <16 x float> poison, <16 x i32> zeroinitializer
  %355 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat87, <16 x float> %sacc.sroa.72.0)
  %356 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt68, <16 x float> %splat87, <16 x float> %sacc.sroa.76.0)
  %357 = getelementptr i32, ptr %317, i64 5760
  %k88 = load float, ptr %357, align 4
  %358 = insertelement <16 x float> poison, float %k88, i32 0
  %splat89 = shufflevector <16 x float> %358, <16 x float> poison, <16 x i32> zeroinitializer
  %359 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat89, <16 x float> %sacc.sroa.80.0)
  %360 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt68, <16 x float> %splat89, <16 x float> %sacc.sroa.84.0)
  %361 = getelementptr i32, ptr %317, i64 6336
  %k90 = load float, ptr %361, align 4
  %362 = insertelement <16 x float> poison, float %k90, i32 0
  %splat91 = shufflevector <16 x float> %362, <16 x float> poison, <16 x i32> zeroinitializer
  %363 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat91, <16 x float> %sacc.sroa.88.0)
  %364 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt68, <16 x float> %splat91, <16 x float> %sacc.sroa.92.0)
  %365 = add nsw i32 %sdim66, 1
  br label %sdim

exit65:                                           ; preds = %sdim
  %366 = mul i64 %309, 32
  %367 = getelementptr i32, ptr %st, i64 %366
  store <16 x float> %sacc.sroa.0.0, ptr %367, align 64
  %368 = getelementptr i32, ptr %367, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %368, align 64
  %369 = getelementptr i32, ptr %367, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %369, align 64
  %370 = getelementptr i32, ptr %367, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %370, align 64
  %371 = getelementptr i32, ptr %367, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %371, align 64
  %372 = getelementptr i32, ptr %367, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %372, align 64
  %373 = getelementptr i32, ptr %367, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %373, align 64
  %374 = getelementptr i32, ptr %367, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %374, align 64
  %375 = getelementptr i32, ptr %367, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %375, align 64
  %376 = getelementptr i32, ptr %367, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %376, align 64
  %377 = getelementptr i32, ptr %367, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %377, align 64
  %378 = getelementptr i32, ptr %367, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %378, align 64
  %379 = getelementptr i32, ptr %367, i64 192
  store <16 x float> %sacc.sroa.48.0, ptr %379, align 64
  %380 = getelementptr i32, ptr %367, i64 208
  store <16 x float> %sacc.sroa.52.0, ptr %380, align 64
  %381 = getelementptr i32, ptr %367, i64 224
  store <16 x float> %sacc.sroa.56.0, ptr %381, align 64
  %382 = getelementptr i32, ptr %367, i64 240
  store <16 x float> %sacc.sroa.60.0, ptr %382, align 64
  %383 = getelementptr i32, ptr %367, i64 256
  store <16 x float> %sacc.sroa.64.0, ptr %383, align 64
  %384 = getelementptr i32, ptr %367, i64 272
  store <16 x float> %sacc.sroa.68.0, ptr %384, align 64
  %385 = getelementptr i32, ptr %367, i64 288
  store <16 x float> %sacc.sroa.72.0, ptr %385, align 64
  %386 = getelementptr i32, ptr %367, i64 304
  store <16 x float> %sacc.sroa.76.0, ptr %386, align 64
  %387 = getelementptr i32, ptr %367, i64 320
  store <16 x float> %sacc.sroa.80.0, ptr %387, align 64
  %388 = getelementptr i32, ptr %367, i64 336
  store <16 x float> %sacc.sroa.84.0, ptr %388, align 64
  %389 = getelementptr i32, ptr %367, i64 352
  store <16 x float> %sacc.sroa.88.0, ptr %389, align 64
  %390 = getelementptr i32, ptr %367, i64 368
  store <16 x float> %sacc.sroa.92.0, ptr %390, align 64
  %391 = add nsw i32 %sblock62, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body92
  %tmax.sroa.4.0 = phi <16 x float> [ %405, %body92 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %400, %body92 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask95 = phi i32 [ %406, %body92 ], [ 0, %sblock ]
  %392 = icmp slt i32 %smask95, %291
  br i1 %392, label %body92, label %exit94

body92:                                           ; preds = %smask
  %393 = add i32 %ktile32, %smask95
  %394 = insertelement <16 x i32> poison, i32 %393, i32 0
  %splat96 = shufflevector <16 x i32> %394, <16 x i32> poison, <16 x i32> zeroinitializer
  %395 = sext i32 %smask95 to i64
  %396 = mul i64 %395, 32
  %397 = getelementptr i32, ptr %st, i64 %396
  %s = load <16 x float>, ptr %397, align 64
  %398 = icmp slt <16 x i32> %splat96, %303
  %399 = select <16 x i1> %398, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %399, ptr %397, align 64
  %400 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %399)
  %401 = add i64 %396, 16
  %402 = getelementptr i32, ptr %st, i64 %401
  %s97 = load <16 x float>, ptr %402, align 64
  %403 = icmp slt <16 x i32> %splat96, %306
  %404 = select <16 x i1> %403, <16 x float> %s97, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %404, ptr %402, align 64
  %405 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %404)
  %406 = add nsw i32 %smask95, 1
  br label %smask

exit94:                                           ; preds = %smask
  %m = load <16 x float>, ptr %299, align 64
  %407 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %408 = fcmp oeq <16 x float> %407, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse98 = select <16 x i1> %408, <16 x float> zeroinitializer, <16 x float> %407
  %409 = fsub <16 x float> %m, %muse98
  %410 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %409, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %411 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %410, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %412 = fadd <16 x float> %411, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %412, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %411, %n
  %413 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %414 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %413, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %415 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %414, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %416 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %415, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %417 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %416, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %418 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %417, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %419 = fptosi <16 x float> %n to <16 x i32>
  %420 = add <16 x i32> %419, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %421 = shl <16 x i32> %420, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %422 = bitcast <16 x i32> %421 to <16 x float>
  %exp2 = fmul <16 x float> %418, %422
  store <16 x float> %407, ptr %299, align 64
  %423 = getelementptr <16 x float>, ptr %299, i64 1
  %m99 = load <16 x float>, ptr %423, align 64
  %424 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m99, <16 x float> %tmax.sroa.4.0)
  %425 = fcmp oeq <16 x float> %424, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse100 = select <16 x i1> %425, <16 x float> zeroinitializer, <16 x float> %424
  %426 = fsub <16 x float> %m99, %muse100
  %427 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %426, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %428 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %427, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %429 = fadd <16 x float> %428, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n101 = fsub <16 x float> %429, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f102 = fsub <16 x float> %428, %n101
  %430 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f102, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %431 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %430, <16 x float> %f102, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %432 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %431, <16 x float> %f102, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %433 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %432, <16 x float> %f102, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %434 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %433, <16 x float> %f102, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %435 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %434, <16 x float> %f102, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %436 = fptosi <16 x float> %n101 to <16 x i32>
  %437 = add <16 x i32> %436, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %438 = shl <16 x i32> %437, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %439 = bitcast <16 x i32> %438 to <16 x float>
  %exp2103 = fmul <16 x float> %435, %439
  store <16 x float> %424, ptr %423, align 64
  br label %sexp

sexp:                                             ; preds = %body104, %exit94
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit94 ], [ %477, %body104 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit94 ], [ %459, %body104 ]
  %sexp107 = phi i32 [ 0, %exit94 ], [ %478, %body104 ]
  %440 = icmp slt i32 %sexp107, %291
  br i1 %440, label %body104, label %exit106

body104:                                          ; preds = %sexp
  %441 = sext i32 %sexp107 to i64
  %442 = mul i64 %441, 32
  %443 = getelementptr i32, ptr %st, i64 %442
  %444 = load <16 x float>, ptr %443, align 64
  %445 = fsub <16 x float> %444, %muse98
  %446 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %445, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %447 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %446, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %448 = fadd <16 x float> %447, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n108 = fsub <16 x float> %448, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f109 = fsub <16 x float> %447, %n108
  %449 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f109, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %450 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %449, <16 x float> %f109, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %451 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %450, <16 x float> %f109, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %452 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %451, <16 x float> %f109, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %453 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %452, <16 x float> %f109, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %454 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %453, <16 x float> %f109, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %455 = fptosi <16 x float> %n108 to <16 x i32>
  %456 = add <16 x i32> %455, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %457 = shl <16 x i32> %456, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %458 = bitcast <16 x i32> %457 to <16 x float>
  %exp2110 = fmul <16 x float> %454, %458
  store <16 x float> %exp2110, ptr %443, align 64
  %459 = fadd <16 x float> %lsum.sroa.0.0, %exp2110
  %460 = add i64 %442, 16
  %461 = getelementptr i32, ptr %st, i64 %460
  %462 = load <16 x float>, ptr %461, align 64
  %463 = fsub <16 x float> %462, %muse100
  %464 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %463, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %465 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %464, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %466 = fadd <16 x float> %465, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n111 = fsub <16 x float> %466, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f112 = fsub <16 x float> %465, %n111
  %467 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f112, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %468 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %467, <16 x float> %f112, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %469 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %468, <16 x float> %f112, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %470 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %469, <16 x float> %f112, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %471 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %470, <16 x float> %f112, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %472 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %471, <16 x float> %f112, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %473 = fptosi <16 x float> %n111 to <16 x i32>
  %474 = add <16 x i32> %473, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %475 = shl <16 x i32> %474, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %476 = bitcast <16 x i32> %475 to <16 x float>
  %exp2113 = fmul <16 x float> %472, %476
  store <16 x float> %exp2113, ptr %461, align 64
  %477 = fadd <16 x float> %lsum.sroa.4.0, %exp2113
  %478 = add nsw i32 %sexp107, 1
  br label %sexp

exit106:                                          ; preds = %sexp
  %479 = load <16 x float>, ptr %300, align 64
  %480 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %479, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %480, ptr %300, align 64
  %481 = getelementptr <16 x float>, ptr %300, i64 1
  %482 = load <16 x float>, ptr %481, align 64
  %483 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %482, <16 x float> %exp2103, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %483, ptr %481, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit120, %exit106
  %pvblock117 = phi i32 [ 0, %exit106 ], [ %577, %exit120 ]
  %484 = icmp slt i32 %pvblock117, 64
  br i1 %484, label %body114, label %join

body114:                                          ; preds = %pvblock
  %485 = mul i32 %pvblock117, 8
  %486 = sext i32 %485 to i64
  %487 = mul i64 %486, 32
  %488 = getelementptr i32, ptr %297, i64 %487
  %489 = load <16 x float>, ptr %488, align 64
  %490 = fmul <16 x float> %489, %exp2
  %491 = getelementptr i32, ptr %488, i64 16
  %492 = load <16 x float>, ptr %491, align 64
  %493 = fmul <16 x float> %492, %exp2103
  %494 = getelementptr i32, ptr %488, i64 32
  %495 = load <16 x float>, ptr %494, align 64
  %496 = fmul <16 x float> %495, %exp2
  %497 = getelementptr i32, ptr %488, i64 48
  %498 = load <16 x float>, ptr %497, align 64
  %499 = fmul <16 x float> %498, %exp2103
  %500 = getelementptr i32, ptr %488, i64 64
  %501 = load <16 x float>, ptr %500, align 64
  %502 = fmul <16 x float> %501, %exp2
  %503 = getelementptr i32, ptr %488, i64 80
  %504 = load <16 x float>, ptr %503, align 64
  %505 = fmul <16 x float> %504, %exp2103
  %506 = getelementptr i32, ptr %488, i64 96
  %507 = load <16 x float>, ptr %506, align 64
  %508 = fmul <16 x float> %507, %exp2
  %509 = getelementptr i32, ptr %488, i64 112
  %510 = load <16 x float>, ptr %509, align 64
  %511 = fmul <16 x float> %510, %exp2103
  %512 = getelementptr i32, ptr %488, i64 128
  %513 = load <16 x float>, ptr %512, align 64
  %514 = fmul <16 x float> %513, %exp2
  %515 = getelementptr i32, ptr %488, i64 144
  %516 = load <16 x float>, ptr %515, align 64
  %517 = fmul <16 x float> %516, %exp2103
  %518 = getelementptr i32, ptr %488, i64 160
  %519 = load <16 x float>, ptr %518, align 64
  %520 = fmul <16 x float> %519, %exp2
  %521 = getelementptr i32, ptr %488, i64 176
  %522 = load <16 x float>, ptr %521, align 64
  %523 = fmul <16 x float> %522, %exp2103
  %524 = getelementptr i32, ptr %488, i64 192
  %525 = load <16 x float>, ptr %524, align 64
  %526 = fmul <16 x float> %525, %exp2
  %527 = getelementptr i32, ptr %488, i64 208
  %528 = load <16 x float>, ptr %527, align 64
  %529 = fmul <16 x float> %528, %exp2103
  %530 = getelementptr i32, ptr %488, i64 224
  %531 = load <16 x float>, ptr %530, align 64
  %532 = fmul <16 x float> %531, %exp2
  %533 = getelementptr i32, ptr %488, i64 240
  %534 = load <16 x float>, ptr %533, align 64
  %535 = fmul <16 x float> %534, %exp2103
  br label %kpv

kpv:                                              ; preds = %body118, %body114
  %o.sroa.44.0 = phi <16 x float> [ %523, %body114 ], [ %567, %body118 ]
  %o.sroa.40.0 = phi <16 x float> [ %520, %body114 ], [ %566, %body118 ]
  %o.sroa.36.0 = phi <16 x float> [ %517, %body114 ], [ %563, %body118 ]
  %o.sroa.32.0 = phi <16 x float> [ %514, %body114 ], [ %562, %body118 ]
  %o.sroa.28.0 = phi <16 x float> [ %511, %body114 ], [ %559, %body118 ]
  %o.sroa.24.0 = phi <16 x float> [ %508, %body114 ], [ %558, %body118 ]
  %o.sroa.20.0 = phi <16 x float> [ %505, %body114 ], [ %555, %body118 ]
  %o.sroa.16.0 = phi <16 x float> [ %502, %body114 ], [ %554, %body118 ]
  %o.sroa.12.0 = phi <16 x float> [ %499, %body114 ], [ %551, %body118 ]
  %o.sroa.8.0 = phi <16 x float> [ %496, %body114 ], [ %550, %body118 ]
  %o.sroa.4.0 = phi <16 x float> [ %493, %body114 ], [ %547, %body118 ]
  %o.sroa.0.0 = phi <16 x float> [ %490, %body114 ], [ %546, %body118 ]
  %o.sroa.48.0 = phi <16 x float> [ %526, %body114 ], [ %570, %body118 ]
  %o.sroa.52.0 = phi <16 x float> [ %529, %body114 ], [ %571, %body118 ]
  %o.sroa.56.0 = phi <16 x float> [ %532, %body114 ], [ %574, %body118 ]
  %o.sroa.60.0 = phi <16 x float> [ %535, %body114 ], [ %575, %body118 ]
  %kpv121 = phi i32 [ 0, %body114 ], [ %576, %body118 ]
  %536 = icmp slt i32 %kpv121, %291
  br i1 %536, label %body118, label %exit120

body118:                                          ; preds = %kpv
  %537 = sext i32 %kpv121 to i64
  %538 = mul i64 %537, 32
  %539 = getelementptr i32, ptr %st, i64 %538
  %p = load <16 x float>, ptr %539, align 64
  %540 = add i64 %538, 16
  %541 = getelementptr i32, ptr %st, i64 %540
  %p122 = load <16 x float>, ptr %541, align 64
  %542 = mul i64 %537, 2048
  %543 = getelementptr i8, ptr %vbuf, i64 %542
  %544 = getelementptr i32, ptr %543, i64 %486
  %v = load float, ptr %544, align 4
  %545 = insertelement <16 x float> poison, float %v, i32 0
  %splat123 = shufflevector <16 x float> %545, <16 x float> poison, <16 x i32> zeroinitializer
  %546 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat123, <16 x float> %o.sroa.0.0)
  %547 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p122, <16 x float> %splat123, <16 x float> %o.sroa.4.0)
  %548 = getelementptr i32, ptr %544, i64 1
  %v124 = load float, ptr %548, align 4
  %549 = insertelement <16 x float> poison, float %v124, i32 0
  %splat125 = shufflevector <16 x float> %549, <16 x float> poison, <16 x i32> zeroinitializer
  %550 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat125, <16 x float> %o.sroa.8.0)
  %551 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p122, <16 x float> %splat125, <16 x float> %o.sroa.12.0)
  %552 = getelementptr i32, ptr %544, i64 2
  %v126 = load float, ptr %552, align 4
  %553 = insertelement <16 x float> poison, float %v126, i32 0
  %splat127 = shufflevector <16 x float> %553, <16 x float> poison, <16 x i32> zeroinitializer
  %554 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat127, <16 x float> %o.sroa.16.0)
  %555 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p122, <16 x float> %splat127, <16 x float> %o.sroa.20.0)
  %556 = getelementptr i32, ptr %544, i64 3
  %v128 = load float, ptr %556, align 4
  %557 = insertelement <16 x float> poison, float %v128, i32 0
  %splat129 = shufflevector <16 x float> %557, <16 x float> poison, <16 x i32> zeroinitializer
  %558 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat129, <16 x float> %o.sroa.24.0)
  %559 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p122, <16 x float> %splat129, <16 x float> %o.sroa.28.0)
  %560 = getelementptr i32, ptr %544, i64 4
  %v130 = load float, ptr %560, align 4
  %561 = insertelement <16 x float> poison, float %v130, i32 0
  %splat131 = shufflevector <16 x float> %561, <16 x float> poison, <16 x i32> zeroinitializer
  %562 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat131, <16 x float> %o.sroa.32.0)
  %563 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p122, <16 x float> %splat131, <16 x float> %o.sroa.36.0)
  %564 = getelementptr i32, ptr %544, i64 5
  %v132 = load float, ptr %564, align 4
  %565 = insertelement <16 x float> poison, float %v132, i32 0
  %splat133 = shufflevector <16 x float> %565, <16 x float> poison, <16 x i32> zeroinitializer
  %566 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat133, <16 x float> %o.sroa.40.0)
  %567 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p122, <16 x float> %splat133, <16 x float> %o.sroa.44.0)
  %568 = getelementptr i32, ptr %544, i64 6
  %v134 = load float, ptr %568, align 4
  %569 = insertelement <16 x float> poison, float %v134, i32 0
  %splat135 = shufflevector <16 x float> %569, <16 x float> poison, <16 x i32> zeroinitializer
  %570 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat135, <16 x float> %o.sroa.48.0)
  %571 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p122, <16 x float> %splat135, <16 x float> %o.sroa.52.0)
  %572 = getelementptr i32, ptr %544, i64 7
  %v136 = load float, ptr %572, align 4
  %573 = insertelement <16 x float> poison, float %v136, i32 0
  %splat137 = shufflevector <16 x float> %573, <16 x float> poison, <16 x i32> zeroinitializer
  %574 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat137, <16 x float> %o.sroa.56.0)
  %575 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p122, <16 x float> %splat137, <16 x float> %o.sroa.60.0)
  %576 = add nsw i32 %kpv121, 1
  br label %kpv

exit120:                                          ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %488, align 64
  store <16 x float> %o.sroa.4.0, ptr %491, align 64
  store <16 x float> %o.sroa.8.0, ptr %494, align 64
  store <16 x float> %o.sroa.12.0, ptr %497, align 64
  store <16 x float> %o.sroa.16.0, ptr %500, align 64
  store <16 x float> %o.sroa.20.0, ptr %503, align 64
  store <16 x float> %o.sroa.24.0, ptr %506, align 64
  store <16 x float> %o.sroa.28.0, ptr %509, align 64
  store <16 x float> %o.sroa.32.0, ptr %512, align 64
  store <16 x float> %o.sroa.36.0, ptr %515, align 64
  store <16 x float> %o.sroa.40.0, ptr %518, align 64
  store <16 x float> %o.sroa.44.0, ptr %521, align 64
  store <16 x float> %o.sroa.48.0, ptr %524, align 64
  store <16 x float> %o.sroa.52.0, ptr %527, align 64
  store <16 x float> %o.sroa.56.0, ptr %530, align 64
  store <16 x float> %o.sroa.60.0, ptr %533, align 64
  %577 = add nsw i32 %pvblock117, 1
  br label %pvblock

orow138:                                          ; preds = %written, %exit31
  %orow142 = phi i32 [ 0, %exit31 ], [ %612, %written ]
  %578 = icmp slt i32 %orow142, %nrows
  br i1 %578, label %body139, label %done

body139:                                          ; preds = %orow138
  %579 = sext i32 %orow142 to i64
  %580 = getelementptr float, ptr %ms, i64 %579
  %m143 = load float, ptr %580, align 4
  %581 = getelementptr float, ptr %ls, i64 %579
  %l = load float, ptr %581, align 4
  %582 = sdiv i32 %orow142, 32
  %583 = srem i32 %orow142, 32
  %584 = sext i32 %582 to i64
  %585 = mul i64 %584, 16384
  %586 = getelementptr i32, ptr %ot, i64 %585
  br label %otrow

otrow:                                            ; preds = %body144, %body139
  %otrow147 = phi i32 [ 0, %body139 ], [ %595, %body144 ]
  %587 = icmp slt i32 %otrow147, 512
  br i1 %587, label %body144, label %exit146

body144:                                          ; preds = %otrow
  %588 = sext i32 %583 to i64
  %589 = sext i32 %otrow147 to i64
  %590 = mul i64 %589, 32
  %591 = add i64 %590, %588
  %592 = getelementptr i32, ptr %586, i64 %591
  %593 = load float, ptr %592, align 4
  %594 = getelementptr i32, ptr %rowbuf, i64 %589
  store float %593, ptr %594, align 4
  %595 = add nsw i32 %otrow147, 1
  br label %otrow

exit146:                                          ; preds = %otrow
  %596 = icmp ne ptr %part, null
  br i1 %596, label %partial, label %final

partial:                                          ; preds = %exit146
  %597 = sext i32 %nrows to i64
  %598 = mul i64 %579, 512
  %599 = getelementptr float, ptr %part, i64 %598
  br label %chunk148

final:                                            ; preds = %exit146
  %600 = sdiv i32 %orow142, %nh
  %qi153 = add i32 %q_begin, %600
  %601 = srem i32 %orow142, %nh
  %602 = add i32 %h_begin, %601
  %603 = mul i32 %kv_head, 128
  %hq154 = add i32 %603, %602
  %604 = sext i32 %qi153 to i64
  %605 = add i64 %q_row0, %604
  %606 = mul i64 %605, 128
  %607 = sext i32 %hq154 to i64
  %orow155 = add i64 %606, %607
  %608 = fcmp oeq float %l, 0.000000e+00
  %609 = fdiv float 1.000000e+00, %l
  %610 = select i1 %608, float 0.000000e+00, float %609
  %611 = insertelement <16 x float> poison, float %610, i32 0
  %splat156 = shufflevector <16 x float> %611, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk157

written:                                          ; preds = %exit160, %exit151
  %612 = add nsw i32 %orow142, 1
  br label %orow138

chunk148:                                         ; preds = %body149, %partial
  %chunk152 = phi i64 [ 0, %partial ], [ %618, %body149 ]
  %613 = icmp slt i64 %chunk152, 32
  br i1 %613, label %body149, label %exit151

body149:                                          ; preds = %chunk148
  %614 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk152
  %615 = load <16 x float>, ptr %614, align 64
  %616 = mul i64 %chunk152, 64
  %617 = getelementptr i8, ptr %599, i64 %616
  store <16 x float> %615, ptr %617, align 4
  %618 = add nsw i64 %chunk152, 1
  br label %chunk148

exit151:                                          ; preds = %chunk148
  %619 = mul i64 %597, 512
  %620 = add i64 %619, %579
  %621 = getelementptr float, ptr %part, i64 %620
  store float %m143, ptr %621, align 4
  %622 = add i64 %620, %597
  %623 = getelementptr float, ptr %part, i64 %622
  store float %l, ptr %623, align 4
  br label %written

chunk157:                                         ; preds = %body158, %final
  %chunk161 = phi i64 [ 0, %final ], [ %630, %body158 ]
  %624 = icmp slt i64 %chunk161, 32
  br i1 %624, label %body158, label %exit160

body158:                                          ; preds = %chunk157
  %625 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk161
  %626 = load <16 x float>, ptr %625, align 64
  %627 = fmul <16 x float> %626, %splat156
  %628 = mul i64 %chunk161, 64
  %629 = getelementptr i8, ptr %rowbuf, i64 %628
  store <16 x float> %627, ptr %629, align 4
  %630 = add nsw i64 %chunk161, 1
  br label %chunk157

exit160:                                          ; preds = %chunk157
  %u = select i1 %608, ptr null, ptr %rowbuf
  call void @deepseek_mla_project(ptr %0, ptr %u, i64 %orow155)
  br label %written
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare <16 x i16> @llvm.masked.load.v16i16.p0(ptr nocapture, i32 immarg, <16 x i1>, <16 x i16>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #1

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @deepseek_mla(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @deepseek_mla_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @deepseek_mla_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @deepseek_mla_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @deepseek_mla_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @deepseek_mla_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @deepseek_mla_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @deepseek_mla_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @deepseek_mla_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @deepseek_mla_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @deepseek_mla_info() #0 {
entry:
  ret ptr @deepseek_mla_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: read) }
